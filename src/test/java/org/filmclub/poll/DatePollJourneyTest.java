package org.filmclub.poll;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.filmclub.ClubWithAFilmTest;
import org.filmclub.Screen;
import org.filmclub.base.AppPaths;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.member.MemberProfile;
import org.filmclub.poll.ui.DatePollView;
import org.filmclub.screening.ScheduleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finding a date for "Her": Ana (Lisbon) proposes times, Ben (Lisbon) and Cleo (Tokyo) answer, and Ana turns
 * the best time into a screening. The clock stands still on 1 December 2026, noon UTC.
 */
class DatePollJourneyTest extends ClubWithAFilmTest {

    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final LocalDateTime THURSDAY = LocalDateTime.of(2026, 12, 10, 20, 0);
    static final LocalDateTime FRIDAY = LocalDateTime.of(2026, 12, 11, 20, 0);
    static final LocalDateTime SATURDAY = LocalDateTime.of(2026, 12, 12, 18, 30);

    @Autowired
    DatePollService polls;

    @Autowired
    DatePollUpdates updates;

    @Autowired
    ScheduleService schedules;

    @Override
    protected String cleosTimeZone() {
        return "Asia/Tokyo";
    }

    @Override
    protected Optional<Instant> clockStandsAt() {
        return Optional.of(NOW);
    }

    private DatePollInput input(Integer seats, LocalDateTime... times) {
        return new DatePollInput(filmId, List.of(times), LISBON, 171, "Ana's living room", "", seats, "Which evening?");
    }

    private long propose(Integer seats) {
        loginAs(host);
        return polls.propose(slug, input(seats, THURSDAY, FRIDAY, SATURDAY));
    }

    private void open(long pollId, MemberProfile as) {
        loginAs(as);
        UI.getCurrent().navigate(DatePollView.class, DatePollView.params(slug, pollId));
    }

    private long choice(long pollId, LocalDateTime local) {
        var at = local.atZone(LISBON).toInstant();
        return polls.view(slug, pollId).table().choices().stream()
                .filter(c -> c.startsAt().equals(at))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @SuppressWarnings("unchecked")
    private static void answer(LocalDateTime local, ZoneId shownIn, DateAnswer answer) {
        var label = org.filmclub.poll.ui.DateLabels.of(local.atZone(LISBON).toInstant(), shownIn);
        RadioButtonGroup<DateAnswer> group = _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
        _setValue(group, answer);
    }

    private static String table() {
        return Screen.textOf(_get(NativeTable.class));
    }

    @Test
    void host_proposes_from_the_club_home_and_bad_input_is_refused_keeping_what_was_typed() {
        loginAs(host);
        UI.getCurrent().navigate(AppPaths.club(slug));
        _click(_get(Button.class, spec -> spec.withText("Find a date")));
        var time1 = _get(DateTimePicker.class, spec -> spec.withLabel("Time 1"));
        _setValue(time1, THURSDAY);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Place")), "Ana's living room");
        _click(_get(Button.class, spec -> spec.withText("Propose these times")));
        assertThat(Screen.text()).contains("Propose at least 2 times.");
        assertThat(time1.getValue()).isEqualTo(THURSDAY);

        var time2 = _get(DateTimePicker.class, spec -> spec.withLabel("Time 2"));
        _setValue(time2, THURSDAY);
        _click(_get(Button.class, spec -> spec.withText("Add another time")));
        var time3 = _get(DateTimePicker.class, spec -> spec.withLabel("Time 3"));
        _setValue(time3, LocalDateTime.of(2026, 11, 30, 20, 0));
        _click(_get(Button.class, spec -> spec.withText("Propose these times")));
        assertThat(time2.isInvalid()).isTrue();
        assertThat(time2.getErrorMessage()).isEqualTo("Time 1 is the same; choose another.");
        assertThat(time3.getErrorMessage()).isEqualTo("That time has passed; choose a time in the future.");
        assertThat(time3.getValue()).isEqualTo(LocalDateTime.of(2026, 11, 30, 20, 0));

        _setValue(time2, FRIDAY);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove time 3")));
        _click(_get(Button.class, spec -> spec.withText("Propose these times")));

        assertThat(Screen.notifications()).contains("Times proposed; members can answer now.");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Thu 10 Dec 2026, 20:00")))
                .isNotNull();
        UI.getCurrent().navigate(AppPaths.club(slug));
        assertThat(Screen.text())
                .contains("When shall we watch Her?", "2 times: Thu 10 Dec 2026, 20:00; Fri 11 Dec 2026, 20:00");
    }

    @Test
    void proposals_with_too_few_or_too_many_times_another_clubs_film_or_no_place_are_refused() {
        loginAs(host);
        assertThatThrownBy(() -> polls.propose(slug, input(null, THURSDAY)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Propose at least 2 times.");
        var nine = new LocalDateTime[9];
        for (var i = 0; i < nine.length; i++) {
            nine[i] = THURSDAY.plusDays(i);
        }
        assertThatThrownBy(() -> polls.propose(slug, input(null, nine)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Propose at most 8 times.");
        assertThatThrownBy(() -> polls.propose(
                        slug, new DatePollInput(filmId, List.of(THURSDAY, FRIDAY), LISBON, 171, "", "", null, "")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Say where: a place, an online link, or both.");
        var other = newMember("Otto Lind");
        var otherClub = newClub(other);
        loginAs(other);
        var otherFilm = context.getBean(org.filmclub.film.FilmService.class)
                .add(otherClub, new org.filmclub.film.FilmDetails("Alphaville", 1965, "Jean-Luc Godard", 99, "", ""))
                .id();
        loginAs(host);
        looksMissing(() -> polls.propose(
                slug, new DatePollInput(otherFilm, List.of(THURSDAY, FRIDAY), LISBON, 99, "Here", "", null, "")));
        loginAs(ben);
        assertThatThrownBy(() -> polls.propose(slug, input(null, THURSDAY, FRIDAY)))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only a host can find a date.");
    }

    @Test
    void members_answer_and_change_their_answers_and_each_reads_the_times_on_their_own_clock() {
        var id = propose(null);
        open(id, ben);
        answer(THURSDAY, LISBON, DateAnswer.YES);
        answer(FRIDAY, LISBON, DateAnswer.IF_NEED_BE);
        answer(THURSDAY, LISBON, DateAnswer.NO);
        assertThat(table()).contains("Ben Okafor (you)", "✗ No", "~ If need be", "0 yes · 0 if need be · 1 no");
        assertThat(table()).doesNotContain("✓ Yes");

        open(id, cleo);
        // Thursday 20:00 in Lisbon is Friday 05:00 in Tokyo: the same moment on Cleo's clock.
        assertThat(table()).contains("Fri 11 Dec 2026, 05:00", "Sat 12 Dec 2026, 05:00", "Asia/Tokyo");
        assertThat(table()).doesNotContain("Thu 10 Dec 2026, 20:00");
        answer(THURSDAY, TOKYO, DateAnswer.YES);
        assertThat(table()).contains("Cleo Park (you)", "✓ Yes", "1 yes · 0 if need be · 1 no");

        open(id, host);
        assertThat(table()).contains("Thu 10 Dec 2026, 20:00", "Ben Okafor", "Cleo Park");
        assertThat(polls.view(slug, id).table().voters()).hasSize(2);
    }

    @Test
    void the_best_time_is_marked_in_words_and_the_rule_is_on_the_page() {
        var id = propose(null);
        loginAs(ben);
        polls.answer(slug, id, choice(id, THURSDAY), DateAnswer.YES);
        polls.answer(slug, id, choice(id, FRIDAY), DateAnswer.YES);
        polls.answer(slug, id, choice(id, SATURDAY), DateAnswer.YES);
        loginAs(cleo);
        polls.answer(slug, id, choice(id, THURSDAY), DateAnswer.NO);
        polls.answer(slug, id, choice(id, FRIDAY), DateAnswer.YES);
        polls.answer(slug, id, choice(id, SATURDAY), DateAnswer.YES);
        open(id, host);
        assertThat(Screen.text())
                .contains("most \"yes\" answers, then the fewest \"no\"; a tie goes to the earlier time");
        // Friday and Saturday tie on two yes and no no: the earlier, Friday, is best.
        var best = _find(com.vaadin.flow.component.html.NativeTableHeaderCell.class).stream()
                .filter(c -> c.getElement().getTextRecursively().contains("Best time"))
                .toList();
        assertThat(best).hasSize(1);
        assertThat(best.get(0).getElement().getTextRecursively()).isEqualTo("Fri 11 Dec 2026, 20:00★ Best time");
        assertThat(polls.view(slug, id).table().best()).contains(choice(id, FRIDAY));
    }

    @Test
    void host_turns_a_time_into_a_screening_where_yes_members_are_going_within_the_seats() {
        var id = propose(1);
        loginAs(cleo);
        polls.answer(slug, id, choice(id, FRIDAY), DateAnswer.YES);
        clock.stopAt(NOW.plusSeconds(60));
        loginAs(ben);
        polls.answer(slug, id, choice(id, FRIDAY), DateAnswer.YES);
        polls.answer(slug, id, choice(id, THURSDAY), DateAnswer.IF_NEED_BE);
        open(id, host);
        _click(_get(Button.class, spec -> spec.withText("Turn into a screening")));

        assertThat(Screen.notifications()).contains("Screening scheduled; those who said yes are going.");
        assertThat(Screen.text()).contains("Closed: a time was chosen.");
        var link = _get(Anchor.class, spec -> spec.withText("See the screening"));
        var screeningId = polls.view(slug, id).table().screeningId().orElseThrow();
        assertThat(link.getHref()).isEqualTo(AppPaths.screening(slug, screeningId));
        var screening = schedules.view(slug, screeningId);
        assertThat(screening.when().startsAt()).isEqualTo(FRIDAY.atZone(LISBON).toInstant());
        assertThat(screening.place().venue()).isEqualTo("Ana's living room");
        // One seat: Cleo said yes first and is going; Ben waits for a seat.
        assertThat(screening.going()).containsExactly("Cleo Park");
        assertThat(screening.waitlist()).containsExactly("Ben Okafor");
        assertThat(_find(Button.class, spec -> spec.withText("Turn into a screening")))
                .isEmpty();

        loginAs(ben);
        assertThatThrownBy(() -> polls.answer(slug, id, choice(id, THURSDAY), DateAnswer.YES))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("This date poll is closed: a time was chosen.");
        UI.getCurrent().navigate(AppPaths.club(slug));
        assertThat(Screen.text()).doesNotContain("When shall we watch Her?");
    }

    @Test
    void members_see_no_host_actions_and_a_yes_from_a_member_who_left_makes_nobody_going() {
        var id = propose(null);
        loginAs(cleo);
        polls.answer(slug, id, choice(id, SATURDAY), DateAnswer.YES);
        clubService.leave(slug);
        open(id, ben);
        assertThat(_find(Button.class, spec -> spec.withText("Turn into a screening")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Close without a screening")))
                .isEmpty();
        assertThatThrownBy(() -> polls.schedule(slug, id, choice(id, SATURDAY)))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only a host can turn a time into a screening.");

        loginAs(host);
        var screeningId = polls.schedule(slug, id, choice(id, SATURDAY));
        assertThat(schedules.view(slug, screeningId).going()).isEmpty();
    }

    @Test
    void host_closes_without_a_screening_and_members_can_answer_no_more() {
        var id = propose(null);
        open(id, host);
        _click(_get(Button.class, spec -> spec.withText("Close without a screening")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(Screen.text()).contains("Closed without a screening.");
        assertThat(polls.view(slug, id).table().screeningId()).isEmpty();
        open(id, ben);
        assertThat(_find(RadioButtonGroup.class)).isEmpty();
        assertThatThrownBy(() -> polls.answer(slug, id, choice(id, FRIDAY), DateAnswer.YES))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("This date poll is closed.");
        loginAs(ben);
        assertThatThrownBy(() -> polls.close(slug, id)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void an_open_page_sees_others_answer_live_and_a_member_who_leaves_stops_counting() {
        var id = propose(null);
        open(id, ben);
        assertThat(table()).contains("No answers yet.");

        loginAs(cleo);
        polls.answer(slug, id, choice(id, SATURDAY), DateAnswer.YES);
        updates.redraw();
        pushesArrive();
        assertThat(table()).contains("Cleo Park", "✓ Yes", "1 yes · 0 if need be · 0 no");

        loginAs(cleo);
        clubService.leave(slug);
        updates.redraw();
        pushesArrive();
        assertThat(table()).doesNotContain("Cleo Park").contains("No answers yet.");
        loginAs(ben);
        assertThat(polls.view(slug, id).table().choices())
                .allSatisfy(c -> assertThat(c.yes()).isZero());
    }
}
