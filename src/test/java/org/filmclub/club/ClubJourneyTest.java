package org.filmclub.club;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.NotFoundView;
import org.filmclub.club.ui.ClubHomeView;
import org.filmclub.club.ui.ClubSettingsView;
import org.filmclub.club.ui.ClubsView;
import org.filmclub.club.ui.JoinView;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.Test;

/** A host starts a club, invites members, and manages them, all through the views. */
class ClubJourneyTest extends AbstractAppTest {

    private String createClub(MemberProfile host, String name) {
        loginAs(host);
        UI.getCurrent().navigate(ClubsView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Club name")), name);
        _click(_get(Button.class, spec -> spec.withText("Create club")));
        NavigatorKt.expectView(ClubHomeView.class);
        return NavigatorKt.getCurrentPath().substring("clubs/".length());
    }

    /** The invite link, read on the club's settings page as a host does; the page shown before comes back. */
    private String inviteLink() {
        var back = NavigatorKt.getCurrentPath();
        UI.getCurrent().navigate(settingsOf(back.split("/")[1]));
        NavigatorKt.expectView(ClubSettingsView.class);
        var link = _get(TextField.class, spec -> spec.withLabel("Invite link")).getValue();
        UI.getCurrent().navigate(back);
        return link;
    }

    /** Follows the host's "Club settings" link on the club's home, as a click on it does. */
    private static void followSettingsLink() {
        UI.getCurrent()
                .navigate(_get(RouterLink.class, spec -> spec.withText("Club settings"))
                        .getHref());
    }

    private static String settingsOf(String slug) {
        return "clubs/" + slug + "/settings";
    }

    private void open(String link) {
        UI.getCurrent().navigate(link.substring(link.indexOf("join/")));
    }

    /** Opens the invite link and presses its one button, "Join <club>". */
    private void join(String link) {
        open(link);
        NavigatorKt.expectView(JoinView.class);
        _click(_get(Button.class, spec -> spec.withPredicate(b -> b.getText().startsWith("Join "))));
    }

    private ListItem rowOf(MemberProfile member) {
        return _get(ListItem.class, spec -> spec.withClasses("member-row")
                .withPredicate(row -> Screen.textOf(row).contains("@" + member.username())));
    }

    private String roleShownFor(MemberProfile member) {
        return _get(rowOf(member), Span.class, spec -> spec.withClasses("role-badge"))
                .getText();
    }

    @Test
    void member_creates_a_club_with_an_address_made_from_its_name_and_becomes_its_host() {
        var host = newMember("Hana Ito");
        var name = unique("Kino Lunes");
        var slug = createClub(host, name);

        assertThat(slug).isEqualTo(Slugs.fromName(name));
        // A new club's host finds the invite link among the club's settings, linked from its home.
        assertThat(Screen.text()).contains(name).contains("Members (1)").contains("Club settings");
        var header = _get(Div.class, spec -> spec.withClasses("club-header"));
        assertThat(_get(header, Span.class, spec -> spec.withClasses("role-badge"))
                        .getText())
                .isEqualTo("Host");
        assertThat(Screen.notifications()).contains("Created " + name + ". You are its host.");
        UI.getCurrent().navigate(ClubsView.class);
        assertThat(Screen.text()).contains(name);
    }

    @Test
    void taken_address_in_any_case_is_refused_and_the_form_keeps_its_text() {
        var host = newMember("Ivo Lund");
        var slug = createClub(host, unique("Taken Club"));
        UI.getCurrent().navigate(ClubsView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Club name")), "Another Club");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Address")), slug.toUpperCase());
        _click(_get(Button.class, spec -> spec.withText("Create club")));

        NavigatorKt.expectView(ClubsView.class);
        HasValidationUtilsKt._expectInvalid(
                _get(TextField.class, spec -> spec.withLabel("Address")), "Another club has this address; try another");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Club name")).getValue())
                .isEqualTo("Another Club");
    }

    @Test
    void invited_member_joins_by_link_and_a_second_visit_changes_nothing() {
        var host = newMember("Jo Arden");
        var guest = newMember("Kai Guest");
        var name = unique("Invite Club");
        var slug = createClub(host, name);
        var link = inviteLink();

        loginAs(guest);
        open(link);
        NavigatorKt.expectView(JoinView.class);
        assertThat(Screen.text()).contains("You are invited to " + name);
        _click(_get(Button.class, spec -> spec.withText("Join " + name)));
        NavigatorKt.expectView(ClubHomeView.class);
        assertThat(Screen.notifications()).contains("Welcome to " + name + "!");
        assertThat(Screen.text()).contains("Members (2)").contains("@" + guest.username());
        assertThat(Screen.text()).doesNotContain("Invite members");

        open(link);
        NavigatorKt.expectView(ClubHomeView.class);
        assertThat(Screen.notifications()).anyMatch(n -> n.startsWith("You are already a member of"));
        assertThat(Screen.text()).contains("Members (2)");
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("clubs/" + slug);
    }

    @Test
    void an_invite_link_opened_for_a_signed_in_member_by_another_site_enrols_no_one() {
        var host = newMember("Ada Lure");
        var victim = newMember("Bo Victim");
        var name = unique("Lure Club");
        var slug = createClub(host, name);
        var link = inviteLink();

        loginAs(victim);
        open(link);
        NavigatorKt.expectView(JoinView.class);
        assertThat(Screen.text()).contains("You are invited to " + name).contains("Join " + name);
        UI.getCurrent().navigate(ClubsView.class);
        open(link);
        UI.getCurrent().navigate(ClubsView.class);

        assertThat(clubService.myClubs()).isEmpty();
        assertThat(Screen.text()).doesNotContain(name);
        UI.getCurrent().navigate("clubs/" + slug);
        NavigatorKt.expectView(NotFoundView.class);
    }

    @Test
    void visitor_who_is_not_signed_in_is_offered_log_in_and_sign_up_carrying_the_invite_and_opening_it_joins_nothing() {
        var host = newMember("Lia Brandt");
        var newcomer = newMember("Max Newcomer");
        createClub(host, unique("Later Club"));
        var link = inviteLink();
        var code = link.substring(link.indexOf("join/") + "join/".length());

        logout();
        open(link);
        NavigatorKt.expectView(JoinView.class);
        assertThat(Screen.text()).contains("You are invited to");
        assertThat(_get(Anchor.class, spec -> spec.withText("Log in")).getHref())
                .isEqualTo("login?invite=" + code);
        assertThat(_get(Anchor.class, spec -> spec.withText("Create an account"))
                        .getHref())
                .isEqualTo("signup?invite=" + code);

        loginAs(newcomer);
        UI.getCurrent().navigate("");
        NavigatorKt.expectView(ClubsView.class);
        assertThat(clubService.myClubs()).isEmpty();
    }

    @Test
    void a_regenerated_invite_kills_the_old_link() {
        var host = newMember("Noa Castel");
        var late = newMember("Oli Late");
        createClub(host, unique("Fresh Link Club"));
        var oldLink = inviteLink();
        followSettingsLink();
        _click(_get(Button.class, spec -> spec.withText("New link")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        var newLink = inviteLink();
        assertThat(newLink).isNotEqualTo(oldLink);

        loginAs(late);
        open(oldLink);
        NavigatorKt.expectView(JoinView.class);
        assertThat(Screen.text())
                .contains("This invite does not work")
                .contains("This invite link is no longer valid. Ask a host of the club for a new one.");
        join(newLink);
        NavigatorKt.expectView(ClubHomeView.class);
    }

    @Test
    void an_invite_older_than_two_weeks_no_longer_works() {
        var host = newMember("Zed Ortega");
        var late = newMember("Amy Slow");
        createClub(host, unique("Expiring Club"));
        var link = inviteLink();

        clock.stopAt(clock.instant().plus(java.time.Duration.ofDays(14)).plusSeconds(1));
        loginAs(late);
        open(link);
        NavigatorKt.expectView(JoinView.class);
        assertThat(Screen.text())
                .contains("This invite link is no longer valid. Ask a host of the club for a new one.");
    }

    @Test
    void host_promotes_a_member_who_can_then_demote_the_first_host() {
        var host = newMember("Pia Dunn");
        var member = newMember("Quin Ivers");
        var slug = createClub(host, unique("Shared Hosting"));
        var link = inviteLink();
        loginAs(member);
        join(link);

        loginAs(host);
        UI.getCurrent().navigate(settingsOf(slug));
        _click(_get(rowOf(member), Button.class, spec -> spec.withText("Make host")));
        assertThat(roleShownFor(member)).isEqualTo("Host");

        loginAs(member);
        UI.getCurrent().navigate(settingsOf(slug));
        NavigatorKt.expectView(ClubSettingsView.class);
        _click(_get(rowOf(host), Button.class, spec -> spec.withText("Make member")));
        assertThat(roleShownFor(host)).isEqualTo("Member");
    }

    @Test
    void the_last_host_cannot_leave_but_a_member_can() {
        var host = newMember("Rio Esposito");
        var member = newMember("Sol Janssen");
        var slug = createClub(host, unique("Leaving Club"));
        var link = inviteLink();

        _click(_get(Button.class, spec -> spec.withText("Leave club")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(Screen.notifications())
                .contains("A club needs at least one host. Make another member a host first.");
        NavigatorKt.expectView(ClubHomeView.class);

        loginAs(member);
        join(link);
        _click(_get(Button.class, spec -> spec.withText("Leave club")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NavigatorKt.expectView(ClubsView.class);
        UI.getCurrent().navigate("clubs/" + slug);
        NavigatorKt.expectView(NotFoundView.class);
    }

    @Test
    void host_removes_a_member_who_then_sees_nothing_of_the_club() {
        var host = newMember("Tea Falk");
        var member = newMember("Uma Kerr");
        var slug = createClub(host, unique("Strict Club"));
        var link = inviteLink();
        loginAs(member);
        join(link);

        // The host in a browser of their own: the member's page, left open, hears of the removal, not the host's.
        logout();
        MockVaadin.tearDown();
        setUpVaadin();
        loginAs(host);
        UI.getCurrent().navigate(settingsOf(slug));
        _click(_get(rowOf(member), Button.class, spec -> spec.withText("Remove")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(Screen.text()).contains("Members (1)").doesNotContain("@" + member.username());

        var renewedLink = inviteLink();
        assertThat(renewedLink).as("removal replaces the invite link").isNotEqualTo(link);

        loginAs(member);
        UI.getCurrent().navigate("clubs/" + slug);
        NavigatorKt.expectView(NotFoundView.class);
        open(link);
        NavigatorKt.expectView(JoinView.class);
        assertThat(Screen.text()).contains("This invite does not work");
    }

    @Test
    void a_non_member_gets_the_same_page_for_a_foreign_club_as_for_a_missing_one() {
        var host = newMember("Vic Gallo");
        var stranger = newMember("Wim Stranger");
        var slug = createClub(host, unique("Private Club"));

        loginAs(stranger);
        UI.getCurrent().navigate("clubs/" + slug);
        NavigatorKt.expectView(NotFoundView.class);
        var foreign = Screen.text();
        UI.getCurrent().navigate("clubs/no-such-club-anywhere");
        NavigatorKt.expectView(NotFoundView.class);
        assertThat(Screen.text()).isEqualTo(foreign).doesNotContain("Private Club");
    }

    @Test
    void host_edits_the_club_and_its_address_moves() {
        var host = newMember("Xia Hale");
        createClub(host, unique("Old Name"));
        _click(_get(Button.class, spec -> spec.withText("Edit club")));
        var newSlug = unique("new-name");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Club name")), "New Name");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Address")), newSlug);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("clubs/" + newSlug);
        assertThat(Screen.text()).contains("New Name");
    }

    @Test
    void a_host_manages_members_invites_and_the_clubs_data_on_the_settings_page_not_the_home() {
        var host = newMember("Yara Quint");
        var member = newMember("Zoe Plain");
        var slug = createClub(host, unique("Settled Club"));
        var link = inviteLink();
        loginAs(member);
        join(link);

        loginAs(host);
        UI.getCurrent().navigate("clubs/" + slug);
        assertThat(Screen.text())
                .contains("Members (2)", "@" + member.username())
                .doesNotContain("The club's data");
        _assertNone(TextField.class, spec -> spec.withLabel("Invite link"));
        _assertNone(rowOf(member), Button.class, spec -> spec.withText("Make host"));

        followSettingsLink();
        NavigatorKt.expectView(ClubSettingsView.class);
        assertThat(Screen.text()).contains("Club settings", "Members (2)", "Invite members", "The club's data");
        _get(rowOf(member), Button.class, spec -> spec.withText("Make host"));
        _get(rowOf(member), Button.class, spec -> spec.withText("Remove"));
    }

    @Test
    void a_member_who_is_not_a_host_sees_no_settings_link_and_is_refused_the_page() {
        var host = newMember("Ari Keeper");
        var member = newMember("Bo Guest");
        var slug = createClub(host, unique("Kept Club"));
        var link = inviteLink();
        loginAs(member);
        join(link);

        _assertNone(RouterLink.class, spec -> spec.withText("Club settings"));
        UI.getCurrent().navigate(settingsOf(slug));
        NavigatorKt.expectView(ClubHomeView.class);
        assertThat(Screen.notifications()).contains("Only a host can open the club's settings.");
        assertThat(Screen.text()).doesNotContain("Invite link", "Make host");
        assertThatThrownBy(() -> clubService.settings(slug))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only a host can open the club's settings.");
        assertThatThrownBy(() -> clubService.regenerateInvite(slug)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_member_of_another_club_finds_no_settings_page_for_it() {
        var host = newMember("Cy Owner");
        var outsider = newMember("Di Elsewhere");
        var slug = createClub(host, unique("Walled Club"));
        createClub(outsider, unique("Other Club"));

        UI.getCurrent().navigate(settingsOf(slug));
        NavigatorKt.expectView(NotFoundView.class);
        assertThat(Screen.text()).doesNotContain("Walled Club", "Invite link");
        assertThatThrownBy(() -> clubService.settings(slug)).isInstanceOf(ContentNotFoundException.class);
    }
}
