package org.filmclub.club.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.filmclub.base.NotFoundException;
import org.filmclub.base.ui.Notifications;
import org.filmclub.club.ClubService;
import org.filmclub.member.CurrentMember;

/**
 * An invite link. A signed-in member joins at once; anyone else is asked to log in or sign up,
 * and the invite waits in their session until they have.
 */
@Route(value = "join/:code", autoLayout = false)
@PageTitle("Join a club · Filmclub")
@AnonymousAllowed
public class JoinView extends Main implements BeforeEnterObserver {

    private static final String PENDING_INVITE = "filmclub.pendingInvite";

    private final ClubService clubs;
    private final CurrentMember currentMember;

    JoinView(ClubService clubs, CurrentMember currentMember) {
        this.clubs = clubs;
        this.currentMember = currentMember;
        addClassName("centered-page");
    }

    /** The invite someone opened before they had signed in, if any; taking it forgets it. */
    static Optional<String> takePendingInvite() {
        var session = VaadinSession.getCurrent();
        var code = (String) session.getAttribute(PENDING_INVITE);
        session.setAttribute(PENDING_INVITE, null);
        return Optional.ofNullable(code);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var code = event.getRouteParameters().get("code").orElse("");
        removeAll();
        try {
            if (currentMember.find().isEmpty()) {
                var preview = clubs.previewInvite(code);
                VaadinSession.getCurrent().setAttribute(PENDING_INVITE, code);
                show("You are invited to " + preview.clubName(),
                        "Log in or create an account, and you will join the club right after.",
                        new Anchor("login", "Log in"), new Anchor("signup", "Create an account"));
                return;
            }
            var joined = clubs.join(code);
            Notifications.success(joined.alreadyMember()
                    ? "You are already a member of " + joined.clubName() + "."
                    : "Welcome to " + joined.clubName() + "!");
            event.forwardTo(ClubHomeView.class, ClubHomeView.params(joined.slug()));
        } catch (NotFoundException invalid) {
            show("This invite does not work", invalid.getMessage(), new Anchor("clubs", "Go to my clubs"));
        }
    }

    private void show(String title, String text, Anchor... links) {
        var actions = new Div(links);
        actions.addClassName("actions");
        var card = new Div(new H1(title), new Paragraph(text), actions);
        card.addClassName("card");
        add(card);
    }
}
