package org.filmclub.club.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.club.ClubService;
import org.filmclub.club.ClubsPageSection;

/** The member's clubs, and the form to start a new one. */
@Route("clubs")
@RouteAlias("")
@PageTitle("My clubs" + PageTitles.SUFFIX)
@PermitAll
public class ClubsView extends Main implements BeforeEnterObserver {

    private final ClubService clubs;
    private final Div list = new Div();

    ClubsView(ClubService clubs, List<ClubsPageSection> sections) {
        this.clubs = clubs;
        addClassName("page");
        list.addClassName("club-list");

        var form = new ClubForm();
        var create = new Button("Create club");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(form);
        create.addClickListener(click -> {
            try {
                var club = clubs.create(form.details());
                Notifications.success("Created " + club.name() + ". You are its host.");
                create.getUI().ifPresent(ui -> ui.navigate(ClubHomeView.class, ClubHomeView.params(club.slug())));
            } catch (InvalidInputException e) {
                form.show(e);
            }
        });
        var createSection = new Div(
                new H2("Start a club"),
                new Paragraph("You will be its host and can invite members with a link."),
                form,
                create);
        createSection.addClassName("card");
        add(new H1("My clubs"), list, createSection);
        sections.forEach(section -> add(section.create()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var pending = JoinView.takePendingInvite();
        if (pending.isPresent()) {
            JoinView.joinChosen(event, clubs, pending.get());
            return;
        }
        list.removeAll();
        var mine = clubs.myClubs();
        if (mine.isEmpty()) {
            list.add(new Paragraph(
                    "You are not in a club yet. Start one below, or open an invite link " + "that a host sent you."));
        }
        mine.forEach(club -> {
            var link = new RouterLink(club.name(), ClubHomeView.class, ClubHomeView.params(club.slug()));
            var role = RoleBadge.of(club.myRole());
            var item = new Div(link, role);
            item.addClassName("club-item");
            list.add(item);
        });
    }
}
