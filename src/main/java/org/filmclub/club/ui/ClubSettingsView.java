package org.filmclub.club.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.ClubPage;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.club.ClubHome;
import org.filmclub.club.ClubMember;
import org.filmclub.club.ClubMembership;
import org.filmclub.club.ClubService;
import org.filmclub.club.ClubSettingsSection;
import org.filmclub.club.InvitationMails;
import org.filmclub.member.CurrentMember;

/**
 * A club's settings, for hosts: its members to promote, demote or remove, the invite link, and what other
 * features keep here (the club's data). A member who is not a host is sent back to the club's home with the
 * refusal; to anyone outside the club the page looks missing, like the club.
 */
@Route("clubs/:slug/settings")
@PermitAll
public class ClubSettingsView extends Main implements BeforeEnterObserver, HasDynamicTitle, MembersList.Actions {

    private final ClubService clubs;
    private final InvitationMails invitationMails;
    private final CurrentMember currentMember;
    private final List<ClubSettingsSection> sections;
    private final ClubPage<ClubHome> clubPage;
    private String slug;
    private String title = PageTitles.of("Club settings");

    ClubSettingsView(
            ClubService clubs,
            InvitationMails invitationMails,
            CurrentMember currentMember,
            List<ClubSettingsSection> sections) {
        this.clubs = clubs;
        this.invitationMails = invitationMails;
        this.currentMember = currentMember;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(ClubSettingsSection::order))
                .toList();
        addClassNames("page", "club-settings");
        clubPage = new ClubPage<>(this, () -> clubs.settings(slug), this::render, gone -> getUI().ifPresent(
                        ui -> ui.navigate(ClubsView.class)));
    }

    static RouteParameters params(String slug) {
        return new RouteParameters("slug", slug);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            clubPage.enter(event, params -> slug = params.get("slug").orElse(""));
        } catch (NotPermittedException refused) {
            Notifications.error(refused.getMessage());
            event.forwardTo(ClubHomeView.class, ClubHomeView.params(slug));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render(ClubHome home) {
        removeAll();
        var me = currentMember.require();
        var name = home.club().name();
        title = PageTitles.of("Club settings", name);
        var back = new RouterLink(
                "← " + name, ClubHomeView.class, ClubHomeView.params(home.club().slug()));
        back.addClassName("back-link");
        add(back, new H1("Club settings"));
        add(card("Members (" + home.members().size() + ")", new MembersList(home, me.id(), this)));
        home.invite()
                .ifPresent(invite -> add(new InviteBox(
                        invite,
                        me.timeZone(),
                        () -> act(() -> {
                            clubs.regenerateInvite(slug);
                            Notifications.success("New invite link made; the old one no longer works.");
                        }),
                        invitationMails,
                        slug)));
        var membership = new ClubMembership(
                home.club().id(), home.club().slug(), me.id(), home.club().myRole());
        sections.forEach(part -> add(part.create(membership)));
    }

    private static Section card(String heading, Component content) {
        var header = new Div(new H2(heading));
        header.addClassName("section-header");
        var card = new Section(header, content);
        card.addClassName("card");
        return card;
    }

    @Override
    public void promote(ClubMember member) {
        act(() -> {
            clubs.promote(slug, member.memberId());
            Notifications.success(member.displayName() + " is now a host.");
        });
    }

    @Override
    public void demote(ClubMember member) {
        act(() -> {
            clubs.demote(slug, member.memberId());
            Notifications.success(member.displayName() + " is now a member.");
        });
    }

    @Override
    public void remove(ClubMember member) {
        act(() -> {
            clubs.remove(slug, member.memberId());
            Notifications.success(member.displayName() + " was removed from the club.");
        });
    }

    /** Runs a host action; a host who is one no longer (another host demoted her) goes back to the club's home. */
    private void act(Runnable action) {
        try {
            clubPage.act(action);
        } catch (NotPermittedException refused) {
            Notifications.error(refused.getMessage());
            getUI().ifPresent(ui -> ui.navigate(ClubHomeView.class, ClubHomeView.params(slug)));
        }
    }
}
