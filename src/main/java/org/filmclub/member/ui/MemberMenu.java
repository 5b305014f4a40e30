package org.filmclub.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.filmclub.base.ui.ShellPart;
import org.filmclub.member.CurrentMember;

/** The member's own menu in the app bar: profile, light or dark look, log out. */
@org.springframework.stereotype.Component
class MemberMenu implements ShellPart {

    /** Flips the look for this browser and remembers it; the app shell applies it before first paint. */
    private static final String TOGGLE_THEME =
            """
            const root = document.documentElement;
            const dark = root.getAttribute('theme') !== 'dark';
            if (dark) { root.setAttribute('theme', 'dark'); } else { root.removeAttribute('theme'); }
            localStorage.setItem('filmclub-theme', dark ? 'dark' : 'light');
            """;

    private final CurrentMember currentMember;
    private final AuthenticationContext authentication;

    MemberMenu(CurrentMember currentMember, AuthenticationContext authentication) {
        this.currentMember = currentMember;
        this.authentication = authentication;
    }

    @Override
    public Place place() {
        return Place.APP_BAR;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<Component> create() {
        return currentMember.find().map(me -> {
            var avatar = new Avatar(me.displayName());
            avatar.setAbbreviation(me.initials());
            var menu = new MenuBar();
            menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
            menu.addClassName("member-menu");
            menu.getElement().setAttribute("aria-label", "Member menu");
            var root = menu.addItem(avatar);
            root.getElement().setAttribute("aria-label", "Member menu for " + me.displayName());
            var sub = root.getSubMenu();
            sub.addItem("Profile", e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ProfileView.class)));
            sub.addItem("Light or dark", e -> e.getSource().getUI().ifPresent(ui -> ui.getPage()
                    .executeJs(TOGGLE_THEME)));
            sub.addItem("Log out", e -> authentication.logout());
            return menu;
        });
    }
}
