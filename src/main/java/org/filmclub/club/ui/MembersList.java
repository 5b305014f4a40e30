package org.filmclub.club.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.filmclub.base.ui.Avatars;
import org.filmclub.base.ui.Confirm;
import org.filmclub.club.ClubHome;
import org.filmclub.club.ClubMember;
import org.filmclub.club.Role;
import org.filmclub.member.MemberProfile;

/**
 * The club's members with their roles; on the settings page, a host also gets buttons to promote, demote and
 * remove.
 */
class MembersList extends UnorderedList {

    interface Actions {
        void promote(ClubMember member);

        void demote(ClubMember member);

        void remove(ClubMember member);
    }

    /** @param actions what a host's buttons do; null for the list without them, as the club's home shows it */
    MembersList(ClubHome home, long myId, Actions actions) {
        addClassName("members");
        home.members().forEach(m -> {
            var avatar = Avatars.besideName(m.displayName(), MemberProfile.initialsOf(m.displayName()));
            var who = new Div(new Span(m.displayName()), new Span(" @" + m.username()));
            who.addClassName("who");
            var item = new ListItem(avatar, who, RoleBadge.of(m.role()));
            item.addClassName("member-row");
            if (actions != null && home.iAmHost() && m.memberId() != myId) {
                var toggle = m.role() == Role.HOST
                        ? new Button("Make member", e -> actions.demote(m))
                        : new Button("Make host", e -> actions.promote(m));
                var remove = new Button("Remove", e -> confirmRemove(m, actions));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
                for (var b : new Button[] {toggle, remove}) {
                    b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    b.setAriaLabel(b.getText() + ": " + m.displayName());
                }
                var buttons = new Div(toggle, remove);
                buttons.addClassName("row-actions");
                item.add(buttons);
            }
            add(item);
        });
    }

    private static void confirmRemove(ClubMember m, Actions actions) {
        Confirm.destructive(
                "Remove " + m.displayName() + "?",
                m.displayName()
                        + " will no longer see anything in this club. The invite link is replaced, so only a new link can bring them back.",
                "Remove",
                () -> actions.remove(m));
    }
}
