package org.filmclub.club.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.ClubPage;
import org.filmclub.base.ui.Confirm;
import org.filmclub.base.ui.DialogActions;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.club.ClubHome;
import org.filmclub.club.ClubHomeSection;
import org.filmclub.club.ClubMembership;
import org.filmclub.club.ClubService;
import org.filmclub.member.CurrentMember;

/**
 * A club's home: what it is, who is in it, and what its members do here. Managing members and the invite link
 * is on the club's settings page, which hosts reach from here.
 */
@Route("clubs/:slug")
@PermitAll
public class ClubHomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClubService clubs;
    private final CurrentMember currentMember;
    private final List<ClubHomeSection> sections;
    private final ClubPage<ClubHome> clubPage;
    private String slug;
    private String title = PageTitles.of("Club");

    ClubHomeView(ClubService clubs, CurrentMember currentMember, List<ClubHomeSection> sections) {
        this.clubs = clubs;
        this.currentMember = currentMember;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(ClubHomeSection::order))
                .toList();
        addClassName("page");
        clubPage = new ClubPage<>(this, () -> clubs.home(slug), this::render, gone -> getUI().ifPresent(
                        ui -> ui.navigate(ClubsView.class)));
    }

    static RouteParameters params(String slug) {
        return new RouteParameters("slug", slug);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clubPage.enter(event, params -> slug = params.get("slug").orElse(""));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void refresh() {
        clubPage.refresh();
    }

    private void render(ClubHome home) {
        removeAll();
        var me = currentMember.require();
        title = PageTitles.of(home.club().name());
        var header =
                new Div(new H1(home.club().name()), RoleBadge.of(home.club().myRole()));
        header.addClassName("club-header");
        add(header);
        if (!home.description().isBlank()) {
            add(new Paragraph(home.description()));
        }
        var headerActions = new Div();
        headerActions.addClassName("actions");
        if (home.iAmHost()) {
            var settings = new RouterLink("Club settings", ClubSettingsView.class, ClubSettingsView.params(slug));
            settings.addClassName("settings-link");
            headerActions.add(new Button("Edit club", e -> openEditor(home)), settings);
        }
        var leave = new Button("Leave club", e -> confirmLeave(home));
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        headerActions.add(leave);
        add(headerActions);

        var membership = new ClubMembership(
                home.club().id(), home.club().slug(), me.id(), home.club().myRole());
        sections.forEach(part -> add(part.create(membership)));
        add(section("Members (" + home.members().size() + ")", new MembersList(home, me.id(), null)));
    }

    private static Div section(String heading, com.vaadin.flow.component.Component content) {
        var section = new Div(new H2(heading), content);
        section.addClassName("card");
        return section;
    }

    private void confirmLeave(ClubHome home) {
        Confirm.destructive(
                "Leave " + home.club().name() + "?",
                "To come back, you will need an invite link from a host.",
                "Leave",
                () -> {
                    try {
                        clubs.leave(slug);
                        Notifications.success("You left " + home.club().name() + ".");
                        getUI().ifPresent(ui -> ui.navigate(ClubsView.class));
                    } catch (NotPermittedException refused) {
                        Notifications.error(refused.getMessage());
                    }
                });
    }

    private void openEditor(ClubHome home) {
        var form = new ClubForm(home.club().name(), home.club().slug(), home.description());
        var dialog = new Dialog("Edit club", form);
        var save = new Button("Save", e -> {
            try {
                var saved = clubs.edit(slug, form.details());
                dialog.close();
                Notifications.success("Club saved");
                if (!saved.slug().equals(slug)) {
                    getUI().ifPresent(ui -> ui.navigate(ClubHomeView.class, params(saved.slug())));
                } else {
                    refresh();
                }
            } catch (InvalidInputException invalid) {
                form.show(invalid);
            }
        });
        DialogActions.cancelOr(dialog, save);
        dialog.open();
    }
}
