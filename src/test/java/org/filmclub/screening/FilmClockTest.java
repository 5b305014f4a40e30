package org.filmclub.screening;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.filmclub.ClubWithAFilmTest;
import org.filmclub.Screen;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.NotFoundView;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.screening.ui.ScreeningView;
import org.filmclub.watch.Moment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The film clock of a live room: Ana hosts and runs it, Ben and Cleo watch it. "Her" runs 2:06:00. The app's
 * clock stands still and the tests move it, so every time shown is exact.
 */
class FilmClockTest extends ClubWithAFilmTest {

    static final Instant NOW = Instant.parse("2026-11-14T20:00:00Z");

    @Autowired
    ScreeningService screenings;

    @Autowired
    ScreeningClock clocks;

    @Autowired
    FilmService films;

    @Autowired
    DiscussionService discussion;

    private long screeningId;

    @Override
    protected Optional<Instant> clockStandsAt() {
        return Optional.of(NOW);
    }

    @BeforeEach
    void aLiveScreening() {
        loginAs(host);
        screeningId = screenings.schedule(
                slug,
                new ScreeningInput(
                        filmId,
                        LocalDateTime.of(2026, 11, 15, 20, 0),
                        ZoneId.of("Europe/Lisbon"),
                        150,
                        "Ana's living room",
                        "",
                        null,
                        ""));
        screenings.start(slug, screeningId);
    }

    private void openRoom(MemberProfile as) {
        loginAs(as);
        UI.getCurrent()
                .navigate(
                        ScreeningView.class,
                        new RouteParameters(Map.of("slug", slug, "screeningId", Long.toString(screeningId))));
    }

    private void later(Duration by) {
        clock.stopAt(clock.instant().plus(by));
    }

    private static void press(String button) {
        _click(_get(Button.class, spec -> spec.withText(button)));
    }

    private static TextField jumpField() {
        return _get(TextField.class, spec -> spec.withLabel("Jump to"));
    }

    private static void jumpTo(String typed) {
        _setValue(jumpField(), typed);
        press("Jump");
    }

    @Test
    void the_host_plays_pauses_steps_and_jumps_and_every_member_sees_the_same_film_time() {
        openRoom(host);
        assertThat(Screen.text()).contains("Film clock", "Paused at 0:00:00");
        press("Play");
        later(Duration.ofSeconds(65));
        press("Pause");
        assertThat(Screen.text()).contains("Paused at 0:01:05");

        press("+10 s");
        assertThat(Screen.text()).contains("Paused at 0:01:15");
        press("−10 s");
        press("−10 s");
        assertThat(Screen.text()).contains("Paused at 0:00:55");

        jumpTo("1:02:15");
        assertThat(Screen.text()).contains("Paused at 1:02:15");

        // Ben comes in: the same time, and no controls of his own.
        openRoom(ben);
        assertThat(Screen.text()).contains("Paused at 1:02:15");
        assertThat(_find(Button.class, spec -> spec.withText("Play"))).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withLabel("Jump to"))).isEmpty();

        // Ana plays on from her own screen; Ben's follows by push, ticking from the new anchor.
        loginAs(host);
        clocks.play(slug, screeningId);
        pushesArrive();
        assertThat(Screen.text()).contains("1:02:15").doesNotContain("Paused at 1:02:15");
        later(Duration.ofMinutes(3));
        assertThat(clocks.filmTime(screeningId)).contains(Duration.parse("PT1H5M15S"));
        clocks.pause(slug, screeningId);
        pushesArrive();
        assertThat(Screen.text()).contains("Paused at 1:05:15");
    }

    @Test
    void a_jump_past_the_end_stops_at_the_end_and_says_so() {
        openRoom(host);
        jumpTo("3:00:00");
        assertThat(Screen.text()).contains("Paused at 2:06:00");
        assertThat(jumpField().getHelperText()).isEqualTo("The film runs 2:06:00, so the clock stopped at its end.");
        press("Play");
        later(Duration.ofMinutes(10));
        assertThat(clocks.filmTime(screeningId)).contains(Duration.ofMinutes(126));
        press("−10 s");
        assertThat(clocks.clock(slug, screeningId).positionMs())
                .isEqualTo(Duration.parse("PT2H5M50S").toMillis());
    }

    @Test
    void bad_jump_text_is_refused_with_a_clear_message_and_stays_typed() {
        openRoom(host);
        jumpTo("20:00");
        var before = clocks.clock(slug, screeningId);
        for (var typed : List.of("1:70:00", "-5", "abc", "12:5", "")) {
            jumpTo(typed);
            var field = jumpField();
            assertThat(field.isInvalid()).as(typed).isTrue();
            assertThat(field.getValue()).isEqualTo(typed);
            assertThat(field.getErrorMessage()).as(typed).contains("such as 1:02:15");
        }
        jumpTo("1:70:00");
        assertThat(jumpField().getErrorMessage()).contains("“1:70:00” has 70 minutes");
        assertThat(clocks.clock(slug, screeningId)).isEqualTo(before);
        assertThat(Screen.text()).contains("Paused at 0:20:00");

        jumpTo("1:10:00");
        assertThat(jumpField().isInvalid()).isFalse();
        assertThat(Screen.text()).contains("Paused at 1:10:00");
    }

    @Test
    void a_message_written_in_the_room_while_the_clock_is_set_carries_the_film_time() {
        openRoom(ben);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Message")), "Before the film");
        press("Send");
        loginAs(host);
        clocks.play(slug, screeningId);
        later(Duration.ofMinutes(42).plusSeconds(7));
        openRoom(ben);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Message")), "The letter scene");
        press("Send");
        // A time the member types wins over the clock's.
        var typed = discussion.post(slug, filmId, "Back to the start", null, "typed", Moment.ofSeconds(60));
        assertThat(typed.moment()).isEqualTo(Moment.ofSeconds(60));

        loginAs(host);
        screenings.end(slug, screeningId);
        loginAs(ben);
        // The room Ben has open closes as the screening ends.
        pushesArrive();
        var after = discussion.post(slug, filmId, "What an ending", null, "after");
        assertThat(after.moment()).isNull();
        assertThat(discussion.open(slug, filmId).messages())
                .extracting(ChatMessage::moment)
                .containsExactlyInAnyOrder(null, Moment.ofSeconds(42 * 60 + 7), Moment.ofSeconds(60), null);
    }

    @Test
    void a_member_who_is_not_a_host_cannot_run_the_clock() {
        loginAs(ben);
        for (var call : List.<Runnable>of(
                () -> clocks.play(slug, screeningId),
                () -> clocks.pause(slug, screeningId),
                () -> clocks.step(slug, screeningId, true),
                () -> clocks.jump(slug, screeningId, "10:00"))) {
            assertThatThrownBy(call::run)
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessage("Only a host can run the film clock.");
        }
        assertThat(clocks.clock(slug, screeningId).version()).isZero();
    }

    @Test
    void another_host_takes_the_clock_when_the_first_leaves() {
        loginAs(host);
        clocks.play(slug, screeningId);
        clubService.promote(slug, cleo.id());
        clubService.leave(slug);
        later(Duration.ofSeconds(30));
        loginAs(cleo);
        var paused = clocks.pause(slug, screeningId);
        assertThat(paused.positionMs()).isEqualTo(30_000);
        assertThat(paused.version()).isEqualTo(2);
    }

    @Test
    void a_member_who_opens_or_reloads_the_room_mid_film_sees_where_it_stands_at_once() {
        loginAs(host);
        clocks.play(slug, screeningId);
        later(Duration.ofMinutes(42).plusSeconds(7));
        openRoom(cleo);
        assertThat(Screen.text()).contains("0:42:07").doesNotContain("Paused");
        later(Duration.ofSeconds(20));
        UI.getCurrent().getPage().reload();
        openRoom(cleo);
        assertThat(Screen.text()).contains("0:42:27");
        assertThat(clocks.clock(slug, screeningId).playing()).isTrue();
    }

    @Test
    void the_clock_runs_only_while_the_screening_is_live_and_stops_counting_when_it_ends() {
        loginAs(host);
        clocks.play(slug, screeningId);
        screenings.end(slug, screeningId);
        assertThat(clocks.filmTime(screeningId)).isEmpty();
        assertThatThrownBy(() -> clocks.pause(slug, screeningId))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("You can run the film clock only while the screening is live.");
    }

    @Test
    void two_hosts_pressing_at_once_take_turns_and_every_change_has_its_own_version() throws Exception {
        loginAs(host);
        clubService.promote(slug, ben.id());
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var versions = new ArrayList<java.util.concurrent.Future<List<Long>>>();
        for (var who : List.of(host, ben)) {
            versions.add(pool.submit(() -> {
                SecurityContextHolder.getContext()
                        .setAuthentication(
                                UsernamePasswordAuthenticationToken.authenticated(who.username(), null, List.of()));
                start.await();
                var mine = new ArrayList<Long>();
                for (var i = 0; i < 10; i++) {
                    mine.add(clocks.step(slug, screeningId, true).version());
                }
                return mine;
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        var all = new ArrayList<Long>();
        for (var v : versions) {
            all.addAll(v.get());
        }
        assertThat(all)
                .containsExactlyInAnyOrder(
                        1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L);
        // No step was lost: each started from where the one before left the film.
        assertThat(clocks.clock(slug, screeningId).positionMs()).isEqualTo(200_000);
    }

    @Test
    void a_member_of_another_club_cannot_reach_the_room_or_the_clock() {
        var outsider = newMember("Olga Rios");
        var theirs = newClub(outsider);
        loginAs(outsider);
        films.add(theirs, new FilmDetails("Stalker", 1979, "Andrei Tarkovsky", 161, "", ""));
        for (var address : List.of(slug, theirs)) {
            UI.getCurrent().navigate("clubs/" + address + "/screenings/" + screeningId);
            NavigatorKt.expectView(NotFoundView.class);
            assertThat(Screen.text()).doesNotContain("Film clock", "Ana's living room");
            looksMissing(() -> clocks.clock(address, screeningId));
            looksMissing(() -> clocks.play(address, screeningId));
            looksMissing(() -> clocks.pause(address, screeningId));
            looksMissing(() -> clocks.step(address, screeningId, true));
            looksMissing(() -> clocks.jump(address, screeningId, "10:00"));
        }
        loginAs(ben);
        assertThat(clocks.clock(slug, screeningId).version()).isZero();
    }
}
