package org.filmclub.club.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import java.util.Optional;
import org.filmclub.base.AppPaths;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.club.ClubService;
import org.filmclub.club.InvitePreview;
import org.filmclub.member.CurrentMember;
import org.filmclub.security.InviteAtLogin;

/**
 * An invite link. Opening it joins no one: a signed-in member sees the club and joins by pressing
 * "Join", so a link that another site opens in their browser enrols nobody. Anyone else is asked to
 * log in or sign up; choosing that here is their "yes": the links carry the invite to the login or
 * sign-up form, and the login that posts it joins them (see {@link InviteAtLogin}). Opening this page
 * keeps nothing in the session, so logging in anywhere else later joins no club.
 */
@Route(value = "join/:code", autoLayout = false)
@PageTitle("Join a club" + PageTitles.SUFFIX)
@AnonymousAllowed
public class JoinView extends Main implements BeforeEnterObserver {

    /** The invite the member logged in with from this page's links: joined without asking again. */
    private static final String CHOSEN_INVITE = "filmclub.chosenInvite";

    private final ClubService clubs;
    private final CurrentMember currentMember;

    JoinView(ClubService clubs, CurrentMember currentMember) {
        this.clubs = clubs;
        this.currentMember = currentMember;
        addClassName("centered-page");
    }

    /** The invite the member chose here and then logged in with, if any; taking it forgets it. */
    static Optional<String> takePendingInvite() {
        var session = VaadinSession.getCurrent();
        var code = InviteAtLogin.take(session.getSession());
        session.setAttribute(CHOSEN_INVITE, code.orElse(null));
        return code;
    }

    /**
     * The member came back from logging in or signing up with this invite: joins at once and goes to the club,
     * in one forward. (A forward to this page that forwarded again would be lost in the page's first request,
     * which draws the view on the server, leaving the member on the invite's address.) An invite that no longer
     * works shows here, as when opened.
     */
    static void joinChosen(BeforeEnterEvent event, ClubService clubs, String code) {
        takeChosenInvite(code);
        try {
            var preview = clubs.previewInvite(code);
            var joined = preview.alreadyMember() ? preview : clubs.join(code);
            welcome(joined);
            event.forwardTo(ClubHomeView.class, ClubHomeView.params(preview.slug()));
        } catch (ContentNotFoundException invalid) {
            event.forwardTo(JoinView.class, new RouteParameters("code", code));
        }
    }

    private static boolean takeChosenInvite(String code) {
        var session = VaadinSession.getCurrent();
        var chosen = session.getAttribute(CHOSEN_INVITE);
        session.setAttribute(CHOSEN_INVITE, null);
        return Objects.equals(chosen, code);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var code = event.getRouteParameters().get("code").orElse("");
        removeAll();
        try {
            var preview = clubs.previewInvite(code);
            if (currentMember.find().isEmpty()) {
                show(
                        "You are invited to " + preview.clubName(),
                        "Log in or create an account, and you will join the club right after.",
                        new Anchor(InviteAtLogin.path("login", code), "Log in"),
                        new Anchor(InviteAtLogin.path("signup", code), "Create an account"));
                return;
            }
            if (preview.alreadyMember() || takeChosenInvite(code)) {
                welcome(preview.alreadyMember() ? preview : clubs.join(code));
                event.forwardTo(ClubHomeView.class, ClubHomeView.params(preview.slug()));
                return;
            }
            var join = new Button("Join " + preview.clubName(), click -> join(code));
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            show(
                    "You are invited to " + preview.clubName(),
                    "Join to see the club's films, screenings and discussions, and to take part.",
                    join,
                    new Anchor(AppPaths.clubs(), "Not now"));
        } catch (ContentNotFoundException invalid) {
            invalid(invalid);
        }
    }

    private void join(String code) {
        try {
            var joined = clubs.join(code);
            welcome(joined);
            getUI().ifPresent(ui -> ui.navigate(ClubHomeView.class, ClubHomeView.params(joined.slug())));
        } catch (ContentNotFoundException invalid) {
            removeAll();
            invalid(invalid);
        }
    }

    private static void welcome(InvitePreview joined) {
        Notifications.success(
                joined.alreadyMember()
                        ? "You are already a member of " + joined.clubName() + "."
                        : "Welcome to " + joined.clubName() + "!");
    }

    private void invalid(ContentNotFoundException invalid) {
        show("This invite does not work", invalid.getMessage(), new Anchor(AppPaths.clubs(), "Go to my clubs"));
    }

    private void show(String title, String text, Component... actions) {
        var buttons = new Div(actions);
        buttons.addClassName("actions");
        var card = new Div(new H1(title), new Paragraph(text), buttons);
        card.addClassName("card");
        add(card);
    }
}
