package org.filmclub.poll;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.filmclub.Screen;
import org.filmclub.base.ui.NotFoundView;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmSummary;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Members nominate, second and rank films on the club's pages; a host opens, closes and schedules. */
class PollJourneyTest extends PollFixture {

    @Autowired
    PollUpdates updates;

    MemberProfile host;
    MemberProfile ana;
    MemberProfile ben;
    String slug;

    @BeforeEach
    void aClub() {
        clock.stopAt(NOW);
        host = newMember("Hana Host");
        ana = newMember("Ana Lima");
        ben = newMember("Ben Ode");
        slug = newClub(host, ana, ben);
    }

    void home(MemberProfile who) {
        loginAs(who);
        UI.getCurrent().navigate("clubs/" + slug);
    }

    void typeNomination(String title, int year) {
        _click(_get(Button.class, spec -> spec.withText("Nominate a film")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), title);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Year")), year);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Director")), "Akira Kurosawa");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Runtime (minutes)")), 162);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Why watch it?")), "Lear, on *horseback*.");
        _click(_get(Button.class, spec -> spec.withText("Nominate")));
    }

    @Test
    void a_member_nominates_and_another_is_told_it_is_already_nominated() {
        home(ana);
        typeNomination("Ran", 1985);
        assertThat(Screen.notifications()).contains("Ran is nominated.");
        assertThat(Screen.text()).contains("What to watch next", "Ran (1985)", "nominated by Ana Lima");
        assertThat(_get(com.vaadin.flow.component.Html.class).getInnerHtml()).contains("<em>horseback</em>");

        home(ben);
        typeNomination("RAN", 1985);
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(Screen.textOf(_get(Dialog.class))).contains("Ran (1985) is already nominated.");
        var id = nominations.open(slug).get(0).id();
        assertThat(_get(Anchor.class, spec -> spec.withText("See that nomination"))
                        .getHref())
                .endsWith("#nomination-" + id);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Title")).getValue())
                .isEqualTo("RAN");
    }

    @Test
    void a_film_the_club_has_is_pointed_out_and_can_be_nominated_anyway() {
        loginAs(host);
        films.add(slug, new FilmDetails("Ran", 1985, "Akira Kurosawa", 162, "", ""));
        home(ana);
        typeNomination("Ran", 1985);
        assertThat(Screen.textOf(_get(Dialog.class))).contains("The club already has Ran (1985).");
        _click(_get(Button.class, spec -> spec.withText("Nominate anyway")));
        assertThat(Screen.notifications()).contains("Ran is nominated.");
        assertThat(nominations.open(slug)).hasSize(1);
    }

    @Test
    void others_second_the_author_withdraws_and_a_host_archives() {
        var ran = nominate(ana, slug, "Ran", 1985);
        nominate(ana, slug, "Ikiru", 1952);
        home(ana);
        _assertNone(Button.class, spec -> spec.withAttribute("aria-label", "Second Ran (1985)"));
        home(ben);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Second Ran (1985)")));
        assertThat(Screen.text()).contains("1 second", "You seconded it");
        _assertNone(Button.class, spec -> spec.withAttribute("aria-label", "Withdraw Ran (1985)"));

        home(ana);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Withdraw Ran (1985)")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(Screen.notifications()).contains("Withdrawn.");
        home(host);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Archive Ikiru (1952)")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(Screen.text()).doesNotContain("Ran (1985)", "Ikiru (1952)").contains("Nothing nominated yet");
        assertThat(nominations.nomination(slug, ran).status()).isEqualTo(NominationStatus.WITHDRAWN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_host_opens_a_poll_after_being_told_what_is_wrong_without_losing_input() {
        nominate(ana, slug, "Ran", 1985);
        nominate(ana, slug, "Ikiru", 1952);
        home(host);
        _click(_get(Button.class, spec -> spec.withText("Open a poll")));
        CheckboxGroup<NominationCard> choices =
                _get(CheckboxGroup.class, spec -> spec.withLabel("Films to choose from"));
        var all = nominations.open(slug);
        _setValue(choices, Set.of(all.get(0)));
        var closes = _get(DateTimePicker.class, spec -> spec.withLabel("Closes"));
        _setValue(closes, EVENING.minusDays(1));
        _click(_get(Button.class, spec -> spec.withText("Open the poll")));
        assertThat(choices.isInvalid()).isTrue();
        assertThat(choices.getErrorMessage()).isEqualTo("Choose at least 2 nominations.");

        _setValue(choices, Set.copyOf(all));
        _click(_get(Button.class, spec -> spec.withText("Open the poll")));
        assertThat(closes.isInvalid()).isTrue();
        assertThat(closes.getErrorMessage()).contains("That time has passed");
        assertThat(choices.getValue()).hasSize(2);

        _setValue(closes, EVENING);
        _click(_get(Button.class, spec -> spec.withText("Open the poll")));
        assertThat(Screen.notifications()).contains("The poll is open.");
        assertThat(Screen.text()).contains(PollLimits.DEFAULT_TITLE, "Closes 12 Mar 2027, 20:00", "Your ballot");
    }

    @Test
    void a_member_ranks_from_the_keyboard_changes_the_ballot_and_is_refused_after_the_close() {
        var ran = nominate(ana, slug, "Ran", 1985);
        var ikiru = nominate(ana, slug, "Ikiru", 1952);
        var heat = nominate(ana, slug, "Heat", 1995);
        var poll = openPoll(host, slug, false, ran, ikiru, heat);
        openPage(ben, poll);
        for (var label : List.of("Ran (1985)", "Ikiru (1952)", "Heat (1995)")) {
            _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Rank " + label)));
        }
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Move Heat (1995) up")));
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Move Heat (1995) up")));
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Move Ran (1985) down")));
        assertThat(_get(Button.class, spec -> spec.withAttribute("aria-label", "Move Heat (1995) up"))
                        .isEnabled())
                .isFalse();
        _click(_get(Button.class, spec -> spec.withText("Save ballot")));
        assertThat(Screen.notifications()).anyMatch(n -> n.startsWith("Ballot saved."));
        assertThat(polls.poll(slug, poll).myBallot()).containsExactly(heat, ikiru, ran);

        // Changed: Ikiru dropped, Ran up.
        openPage(ben, poll);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove Ikiru (1952) from your ranking")));
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Move Ran (1985) up")));
        _click(_get(Button.class, spec -> spec.withText("Save ballot")));
        assertThat(polls.poll(slug, poll).myBallot()).containsExactly(ran, heat);
        assertThat(Screen.text()).contains("Standings now", "1 ballot so far.");

        clock.stopAt(at(EVENING).plusSeconds(30));
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Move Heat (1995) up")));
        _click(_get(Button.class, spec -> spec.withText("Save ballot")));
        assertThat(Screen.notifications()).contains("This poll closed at 20:00 on 12 March.");
        assertThat(polls.poll(slug, poll).myBallot()).containsExactly(ran, heat);
    }

    @Test
    void a_poll_closes_by_time_shows_every_round_and_the_host_schedules_the_winner() {
        var ran = nominate(ana, slug, "Ran", 1985);
        var ikiru = nominate(ben, slug, "Ikiru", 1952);
        var poll = openPoll(host, slug, true, ran, ikiru);
        loginAs(ana);
        polls.vote(slug, poll, List.of(ran));
        loginAs(ben);
        polls.vote(slug, poll, List.of(ran, ikiru));
        openPage(host, poll);
        assertThat(Screen.text())
                .contains("Sealed: results show when it closes.", "2 ballots so far.")
                .doesNotContain("Standings now");

        clock.stopAt(at(EVENING));
        closing.closeDue();
        updates.redraw();
        pushesArrive();
        assertThat(Screen.text())
                .contains("Result", "Ran (1985) won.", "2 ballots counted.", "Ties for last place")
                .doesNotContain("Your ballot");
        var filmId = polls.poll(slug, poll).result().winnerFilmId();

        _click(_get(Button.class, spec -> spec.withText("Schedule it")));
        @SuppressWarnings("unchecked")
        Select<FilmSummary> film = _get(Select.class, spec -> spec.withLabel("Film"));
        assertThat(film.getValue().id()).isEqualTo(filmId);
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Length (minutes)"))
                        .getValue())
                .isEqualTo(100 + 45);

        openPage(ana, poll);
        _assertNone(Button.class, spec -> spec.withText("Schedule it"));
    }

    @Test
    void open_standings_follow_other_members_ballots_live() {
        var ran = nominate(ana, slug, "Ran", 1985);
        var ikiru = nominate(ana, slug, "Ikiru", 1952);
        var poll = openPoll(host, slug, false, ran, ikiru);
        openPage(ben, poll);
        assertThat(Screen.text()).contains("0 ballots so far.").doesNotContain("Standings now");
        var page = UI.getCurrent();
        loginAs(ana);
        polls.vote(slug, poll, List.of(ikiru, ran));
        loginAs(host);
        polls.vote(slug, poll, List.of(ikiru));
        updates.redraw();
        pushesArrive();
        assertThat(UI.getCurrent()).isSameAs(page);
        assertThat(Screen.text()).contains("Standings now", "2 ballots so far.", "Ikiru (1952)");
    }

    @Test
    void a_member_of_another_club_reaches_no_poll_page() {
        var ran = nominate(ana, slug, "Ran", 1985);
        var ikiru = nominate(ana, slug, "Ikiru", 1952);
        var poll = openPoll(host, slug, false, ran, ikiru);
        var stranger = newMember("Stray Host");
        var theirs = newClub(stranger);
        loginAs(stranger);
        for (var club : List.of(slug, theirs)) {
            UI.getCurrent().navigate("clubs/" + club + "/polls/" + poll);
            NavigatorKt.expectView(NotFoundView.class);
            assertThat(Screen.text()).doesNotContain("Ran", "Ikiru", PollLimits.DEFAULT_TITLE);
        }
        UI.getCurrent().navigate("clubs/" + theirs);
        assertThat(Screen.text()).contains("What to watch next").doesNotContain("Ran (1985)");
    }

    void openPage(MemberProfile who, long poll) {
        loginAs(who);
        UI.getCurrent().navigate("clubs/" + slug + "/polls/" + poll);
    }
}
