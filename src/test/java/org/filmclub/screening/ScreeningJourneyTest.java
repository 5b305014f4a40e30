package org.filmclub.screening;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.filmclub.ClubWithAFilmTest;
import org.filmclub.Screen;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.notification.NotificationService;
import org.filmclub.screening.ui.ScreeningView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hosts schedule screenings, members answer, and the club meets in the live room. The clock stands
 * still on 24 October 2026, the day before Lisbon's clocks go back an hour.
 */
class ScreeningJourneyTest extends ClubWithAFilmTest {

    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    static final Instant NOW = Instant.parse("2026-10-24T12:00:00Z");
    /** 25 October 2026, 20:00 in Lisbon: after the change, so UTC+0. */
    static final LocalDateTime EVENING_AFTER_CHANGE = LocalDateTime.of(2026, 10, 25, 20, 0);

    @Autowired
    ScreeningService screenings;

    @Autowired
    ScheduleService schedules;

    @Autowired
    ScreeningUpkeep upkeep;

    @Autowired
    FilmService films;

    @Autowired
    NotificationService notifications;

    @Autowired
    DiscussionService discussion;

    @Autowired
    Reminders reminders;

    @Autowired
    org.filmclub.base.live.MinuteTicker ticker;

    @Autowired
    org.filmclub.question.QuestionService questions;

    @Override
    protected String cleosTimeZone() {
        return "America/New_York";
    }

    @Override
    protected Optional<Instant> clockStandsAt() {
        return Optional.of(NOW);
    }

    private ScreeningInput evening(Integer seats) {
        return new ScreeningInput(
                filmId, EVENING_AFTER_CHANGE, LISBON, 171, "Ana's living room", "", seats, "Bring tea");
    }

    private long scheduleAsHost(Integer seats) {
        loginAs(host);
        return screenings.schedule(slug, evening(seats));
    }

    private void open(long screeningId, MemberProfile as) {
        loginAs(as);
        UI.getCurrent()
                .navigate(
                        ScreeningView.class,
                        new com.vaadin.flow.router.RouteParameters(
                                java.util.Map.of("slug", slug, "screeningId", Long.toString(screeningId))));
    }

    @SuppressWarnings("unchecked")
    private static void answer(Answer answer) {
        RadioButtonGroup<Answer> group = _get(RadioButtonGroup.class, spec -> spec.withLabel("Your answer"));
        _setValue(group, answer);
    }

    @Test
    void host_schedules_from_the_club_home_and_each_member_sees_their_own_local_time() {
        loginAs(host);
        UI.getCurrent().navigate("clubs/" + slug);
        _click(_get(Button.class, spec -> spec.withText("Schedule a screening")));
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Length (minutes)"))
                        .getValue())
                .isEqualTo(126 + 45);
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Starts")), EVENING_AFTER_CHANGE);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Place")), "Ana's living room");
        _click(_get(Button.class, spec -> spec.withText("Schedule")));

        assertThat(Screen.notifications()).contains("Screening scheduled.");
        assertThat(Screen.text()).contains("Her", "tomorrow, 20:00 — in 32 hours", "Ana's living room · 0 going");

        loginAs(cleo);
        UI.getCurrent().navigate("clubs/" + slug);
        assertThat(Screen.text()).contains("tomorrow, 16:00 — in 32 hours");

        // Left open into the evening before, the page keeps saying how long is left.
        clock.stopAt(NOW.plus(java.time.Duration.ofHours(9)));
        ticker.tick();
        pushesArrive();
        assertThat(Screen.text()).contains("tomorrow, 16:00 — in 23 hours").doesNotContain("in 32 hours");
    }

    @Test
    void the_screening_page_says_what_it_is_and_a_host_removes_the_answers_of_others_not_her_own() {
        var screening = scheduleAsHost(null);
        screenings.rsvp(slug, screening, Answer.GOING);
        loginAs(ben);
        screenings.rsvp(slug, screening, Answer.MAYBE);

        open(screening, host);
        _get(H1.class, spec -> spec.withText("Screening of Her"));
        // 20:00 and 171 minutes: the film's 126 and the talk after it.
        assertThat(Screen.text()).contains("ends about 22:51: film 2 h 6 min + talk");
        var removes = _find(Button.class, spec -> spec.withText("Remove")).stream()
                .map(b -> b.getAriaLabel().orElse(""))
                .toList();
        assertThat(removes).containsExactly("Remove the answer of Ben Okafor");
        assertThatThrownBy(() -> screenings.removeRsvp(slug, screening, host.id()))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Your own answer is yours to change: choose it under Your answer.");

        _click(_get(Button.class, spec -> spec.withText("Remove")));
        assertThat(schedules.view(slug, screening).maybe()).isEmpty();
        assertThat(schedules.view(slug, screening).going()).hasSize(1);
    }

    @Test
    void bad_times_and_places_are_refused_and_a_time_the_clock_skips_is_moved_and_explained() {
        loginAs(host);
        assertThatThrownBy(() -> screenings.schedule(
                        slug,
                        new ScreeningInput(
                                filmId, LocalDateTime.of(2026, 10, 24, 9, 0), LISBON, 120, "Here", "", null, "")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("That time has passed; choose a time in the future.");
        assertThatThrownBy(() -> screenings.schedule(
                        slug, new ScreeningInput(filmId, EVENING_AFTER_CHANGE, LISBON, 120, "", "", null, "")))
                .hasMessage("Say where: a place, an online link, or both.");
        assertThatThrownBy(() -> screenings.schedule(
                        slug, new ScreeningInput(filmId, EVENING_AFTER_CHANGE, LISBON, 5, "Here", "", null, "")))
                .hasMessage("At least 10 minutes");
        assertThatThrownBy(() -> screenings.schedule(
                        slug,
                        new ScreeningInput(
                                filmId,
                                EVENING_AFTER_CHANGE,
                                LISBON,
                                120,
                                "Here",
                                "http://insecure.example",
                                null,
                                "")))
                .hasMessage("An online link must start with https://");

        var gap = LocalTimes.resolve(LocalDateTime.of(2027, 3, 28, 1, 30), LISBON);
        assertThat(gap.instant()).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        assertThat(gap.note()).hasValueSatisfying(n -> assertThat(n).contains("does not exist", "02:30 instead"));
        var overlap = LocalTimes.resolve(LocalDateTime.of(2026, 10, 25, 1, 30), LISBON);
        assertThat(overlap.instant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(overlap.note())
                .hasValueSatisfying(n -> assertThat(n).contains("happens twice", "the first of the two"));

        loginAs(ben);
        assertThatThrownBy(() -> screenings.schedule(slug, evening(null)))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only a host can schedule screenings.");
    }

    @Test
    void going_beyond_the_seats_waitlists_and_a_freed_seat_promotes_the_first_waiting() {
        var id = scheduleAsHost(1);
        open(id, ben);
        answer(Answer.GOING);
        assertThat(Screen.notifications()).contains("Thanks, you are going.");
        open(id, cleo);
        answer(Answer.GOING);
        assertThat(Screen.notifications())
                .contains("Every seat is taken: you are on the waitlist and get the next free seat.");
        assertThat(Screen.text()).contains("You are number 1 on the waitlist.");

        open(id, ben);
        answer(Answer.NOT_GOING);
        loginAs(cleo);
        var view = schedules.view(slug, id);
        assertThat(view.going()).containsExactly("Cleo Park");
        assertThat(view.notGoing()).containsExactly("Ben Okafor");
        assertThat(notifications.recent(5))
                .extracting(n -> n.text())
                .contains("A seat freed up: you are going to the screening of Her");
    }

    @Test
    void a_removed_member_or_one_who_leaves_gives_up_their_seat_to_the_first_on_the_waitlist() {
        var dan = newMember("Dan Mora");
        loginAs(host);
        var invite = clubService.home(slug).invite().orElseThrow().code();
        loginAs(dan);
        clubService.join(invite);
        var id = scheduleAsHost(1);
        for (var member : java.util.List.of(ben, cleo, dan)) {
            loginAs(member);
            screenings.rsvp(slug, id, Answer.GOING);
        }

        loginAs(host);
        clubService.remove(slug, ben.id());
        var view = schedules.view(slug, id);
        assertThat(view.going()).containsExactly("Cleo Park");
        assertThat(view.waitlist()).containsExactly("Dan Mora");
        assertThat(view.answers()).extracting(ScreeningCard.Attendee::name).doesNotContain("Ben Okafor");
        loginAs(cleo);
        assertThat(notifications.recent(5))
                .extracting(n -> n.text())
                .contains("A seat freed up: you are going to the screening of Her");

        clubService.leave(slug);
        loginAs(host);
        view = schedules.view(slug, id);
        assertThat(view.going()).containsExactly("Dan Mora");
        assertThat(view.waitlist()).isEmpty();
        assertThat(view.seatsLeft()).contains(0);
    }

    @Test
    void a_change_of_time_tells_those_who_answered_and_fewer_seats_say_who_would_move() {
        var id = scheduleAsHost(null);
        loginAs(ben);
        screenings.rsvp(slug, id, Answer.GOING);
        loginAs(cleo);
        screenings.rsvp(slug, id, Answer.GOING);

        loginAs(host);
        assertThatThrownBy(() -> screenings.edit(slug, id, evening(1), false))
                .isInstanceOf(SeatsWouldMoveException.class)
                .hasMessage("Cleo Park is going and would move to the waitlist. Save again to confirm.");
        screenings.edit(
                slug,
                id,
                new ScreeningInput(
                        filmId, EVENING_AFTER_CHANGE.plusHours(1), LISBON, 171, "Ana's living room", "", 1, ""),
                true);
        var view = schedules.view(slug, id);
        assertThat(view.going()).containsExactly("Ben Okafor");
        assertThat(view.waitlist()).containsExactly("Cleo Park");
        assertThat(view.revision().sequence()).isEqualTo(1);
        loginAs(ben);
        assertThat(notifications.recent(5)).extracting(n -> n.text()).contains("The screening of Her has a new time");
        loginAs(cleo);
        assertThat(notifications.recent(5))
                .extracting(n -> n.text())
                .contains("The screening of Her has fewer seats: you are on the waitlist for the next free one");
    }

    @Test
    void a_cancelled_screening_takes_no_answers_and_everyone_who_answered_hears_of_it() {
        var id = scheduleAsHost(null);
        loginAs(ben);
        screenings.rsvp(slug, id, Answer.MAYBE);
        open(id, host);
        _click(_get(Button.class, spec -> spec.withText("Cancel the screening")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(Screen.text()).contains("Cancelled");

        loginAs(ben);
        assertThatThrownBy(() -> screenings.rsvp(slug, id, Answer.GOING))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("This screening was cancelled.");
        assertThat(notifications.recent(5)).extracting(n -> n.text()).contains("The screening of Her was cancelled");
    }

    @Test
    void live_now_follows_the_clubs_a_member_joins_and_leaves_while_the_app_is_open() {
        loginAs(ben);
        UI.getCurrent().navigate("clubs");
        // Another club, which Ben joins from another tab after this one has opened.
        var otherSlug = newClub(cleo);
        var film = films.add(otherSlug, new FilmDetails("Arrival", 2016, "Denis Villeneuve", 116, "", ""))
                .id();
        var other = screenings.schedule(
                otherSlug, new ScreeningInput(film, EVENING_AFTER_CHANGE, LISBON, 150, "Cleo's", "", null, ""));
        var invite = clubService.home(otherSlug).invite().orElseThrow().code();
        loginAs(ben);
        clubService.join(invite);
        pushesArrive();

        clock.stopAt(Instant.parse("2026-10-25T20:00:00Z"));
        loginAs(cleo);
        screenings.start(otherSlug, other);
        loginAs(ben);
        pushesArrive();
        _get(RouterLink.class, spec -> spec.withText("● Live now: Arrival"));

        clubService.leave(otherSlug);
        pushesArrive();
        _assertNone(RouterLink.class, spec -> spec.withText("● Live now: Arrival"));
    }

    @Test
    void live_now_appears_for_a_member_elsewhere_and_the_room_leaves_a_record() {
        var id = scheduleAsHost(null);
        var before = questions.propose(
                slug,
                filmId,
                new org.filmclub.question.QuestionService.Proposal("Answered long before?", false, ""),
                true,
                "before");
        questions.answer(slug, before);
        var during = questions.propose(
                slug,
                filmId,
                new org.filmclub.question.QuestionService.Proposal("Answered in the room?", false, ""),
                true,
                "during");
        loginAs(ben);
        UI.getCurrent().navigate("clubs");
        _assertNone(RouterLink.class, spec -> spec.withText("● Live now: Her"));

        clock.stopAt(Instant.parse("2026-10-25T20:00:00Z"));
        loginAs(host);
        screenings.start(slug, id);
        loginAs(ben);
        pushesArrive();
        var live = _get(RouterLink.class, spec -> spec.withText("● Live now: Her"));

        com.github.mvysny.kaributesting.v10.RouterLinkKt._click(live);
        NavigatorKt.expectView(ScreeningView.class);
        assertThat(Screen.text()).contains("Live now", "In the room", "Discussion", "Questions");
        discussion.post(
                slug,
                filmId,
                "Here for the letter scene",
                null,
                UUID.randomUUID().toString());
        loginAs(host);
        questions.answer(slug, during);

        clock.stopAt(Instant.parse("2026-10-25T22:30:00Z"));
        open(id, host);
        _click(_get(Button.class, spec -> spec.withText("End the screening")));
        assertThat(Screen.text())
                .contains(
                        "How it went",
                        "1 message in the discussion",
                        "In the room: Ana Ruiz, Ben Okafor.",
                        "Questions answered:",
                        "Answered in the room?")
                .doesNotContain("Answered long before?");
        loginAs(ben);
        pushesArrive();
        assertThat(schedules.forFilm(slug, filmId).past()).singleElement().satisfies(s -> assertThat(s.summary())
                .isPresent());
    }

    @Test
    void a_reminder_goes_once_to_those_going_or_maybe_even_when_the_job_runs_again() {
        var id = scheduleAsHost(null);
        loginAs(ben);
        screenings.rsvp(slug, id, Answer.GOING);
        loginAs(cleo);
        screenings.rsvp(slug, id, Answer.NOT_GOING);

        clock.stopAt(Instant.parse("2026-10-25T18:30:00Z"));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(remindersOf(ben)).isEqualTo(1);
        assertThat(remindersOf(cleo)).isZero();

        // The application restarts: a new job, with nothing in memory, finds the reminder already sent.
        var afterRestart = new Reminders(upkeep, java.time.Duration.ofHours(2));
        clock.stopAt(Instant.parse("2026-10-25T19:30:00Z"));
        afterRestart.sendDue();
        assertThat(remindersOf(ben)).isEqualTo(1);

        // A new time is a new evening to be reminded of, sent by whichever run comes first after it is due,
        // here one that starts long after the reminder came due (the app was down), but before the screening.
        loginAs(host);
        screenings.edit(
                slug,
                id,
                new ScreeningInput(
                        filmId,
                        EVENING_AFTER_CHANGE.plusDays(1),
                        LISBON,
                        171,
                        "Ana's living room",
                        "",
                        null,
                        "Bring tea"),
                false);
        clock.stopAt(Instant.parse("2026-10-26T19:55:00Z"));
        new Reminders(upkeep, java.time.Duration.ofHours(2)).sendDue();
        assertThat(remindersOf(ben)).isEqualTo(2);
    }

    private long remindersOf(MemberProfile member) {
        loginAs(member);
        return notifications.recent(20).stream()
                .filter(n -> n.text().equals("The screening of Her starts soon"))
                .count();
    }

    @Test
    void a_screening_left_running_ends_by_itself_an_hour_after_its_planned_end() {
        var id = scheduleAsHost(null);
        clock.stopAt(Instant.parse("2026-10-25T20:00:00Z"));
        screenings.start(slug, id);
        clock.stopAt(Instant.parse("2026-10-25T23:30:00Z"));
        reminders.sendDue();
        assertThat(schedules.view(slug, id).status()).isEqualTo(ScreeningStatus.LIVE);

        clock.stopAt(Instant.parse("2026-10-26T00:00:00Z"));
        reminders.sendDue();
        assertThat(schedules.view(slug, id).status()).isEqualTo(ScreeningStatus.ENDED);
    }
}
