package org.filmclub.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.filmclub.base.NotPermittedException;
import org.junit.jupiter.api.Test;

/** A screening moves from scheduled to live to ended, or to cancelled before it is over; nothing else. */
class ScreeningTest {

    static final Instant NOW = Instant.parse("2026-10-24T12:00:00Z");
    static final Instant EVENING = Instant.parse("2026-10-25T20:00:00Z");

    private static Screening scheduled() {
        var screening = new Screening(1, 2, NOW);
        screening.schedule(
                3,
                EVENING,
                EVENING.plus(Duration.ofHours(2)),
                ZoneId.of("Europe/Lisbon"),
                "Cinema Ideal",
                "",
                null,
                "",
                NOW);
        return screening;
    }

    private static Screening live() {
        var screening = scheduled();
        screening.start(EVENING);
        return screening;
    }

    private static Screening ended() {
        var screening = live();
        screening.end(EVENING.plus(Duration.ofHours(2)));
        return screening;
    }

    private static Screening cancelled() {
        var screening = scheduled();
        screening.cancel(NOW);
        return screening;
    }

    @Test
    void a_new_screening_is_scheduled_and_its_first_details_are_not_a_new_version() {
        var screening = scheduled();
        assertThat(screening.status()).isEqualTo(ScreeningStatus.SCHEDULED);
        assertThat(screening.sequence()).isZero();
    }

    @Test
    void a_scheduled_screening_starts_then_ends() {
        var screening = scheduled();
        screening.start(EVENING);
        assertThat(screening.status()).isEqualTo(ScreeningStatus.LIVE);
        assertThat(screening.startedAt()).isEqualTo(EVENING);
        assertThat(screening.isLive()).isTrue();

        var end = EVENING.plus(Duration.ofMinutes(110));
        screening.end(end);
        assertThat(screening.status()).isEqualTo(ScreeningStatus.ENDED);
        assertThat(screening.endedAt()).isEqualTo(end);
        assertThat(screening.isLive()).isFalse();
    }

    @Test
    void a_scheduled_or_live_screening_can_be_cancelled_and_calendars_see_a_new_version() {
        var scheduled = scheduled();
        scheduled.cancel(NOW);
        assertThat(scheduled.status()).isEqualTo(ScreeningStatus.CANCELLED);
        assertThat(scheduled.sequence()).isEqualTo(1);

        var live = live();
        live.cancel(EVENING);
        assertThat(live.status()).isEqualTo(ScreeningStatus.CANCELLED);
    }

    @Test
    void only_a_scheduled_screening_starts() {
        for (var screening : new Screening[] {live(), ended(), cancelled()}) {
            var before = screening.status();
            assertThatThrownBy(() -> screening.start(EVENING))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessage("Only a scheduled screening can be started.");
            assertThat(screening.status()).isEqualTo(before);
        }
    }

    @Test
    void only_a_live_screening_ends() {
        for (var screening : new Screening[] {scheduled(), ended(), cancelled()}) {
            var before = screening.status();
            assertThatThrownBy(() -> screening.end(EVENING))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessage("Only a screening that is live can be ended.");
            assertThat(screening.status()).isEqualTo(before);
        }
    }

    @Test
    void a_screening_that_is_over_cannot_be_cancelled() {
        for (var screening : new Screening[] {ended(), cancelled()}) {
            var before = screening.status();
            var sequence = screening.sequence();
            assertThatThrownBy(() -> screening.cancel(EVENING))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessage("This screening is already over.");
            assertThat(screening.status()).isEqualTo(before);
            assertThat(screening.sequence()).isEqualTo(sequence);
        }
    }

    @Test
    void a_screening_that_is_over_keeps_its_details() {
        for (var screening : new Screening[] {ended(), cancelled()}) {
            var sequence = screening.sequence();
            assertThatThrownBy(() -> screening.schedule(
                            3,
                            EVENING.plus(Duration.ofDays(1)),
                            EVENING.plus(Duration.ofDays(1).plusHours(2)),
                            ZoneId.of("Europe/Lisbon"),
                            "Elsewhere",
                            "",
                            null,
                            "",
                            EVENING))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessage("This screening is over and can no longer be changed.");
            assertThat(screening.venue()).isEqualTo("Cinema Ideal");
            assertThat(screening.sequence()).isEqualTo(sequence);
        }
    }

    @Test
    void a_scheduled_or_live_screening_can_be_changed() {
        for (var screening : new Screening[] {scheduled(), live()}) {
            var change = screening.schedule(
                    3,
                    EVENING,
                    EVENING.plus(Duration.ofHours(2)),
                    ZoneId.of("Europe/Lisbon"),
                    "Elsewhere",
                    "",
                    null,
                    "",
                    EVENING);
            assertThat(change).containsExactly(Screening.Change.PLACE);
            assertThat(screening.venue()).isEqualTo("Elsewhere");
        }
    }

    @Test
    void a_new_film_time_and_place_are_each_named_as_a_change_and_make_a_new_version() {
        var screening = scheduled();
        var change = screening.schedule(
                4,
                EVENING.plus(Duration.ofHours(1)),
                EVENING.plus(Duration.ofHours(3)),
                ZoneId.of("Europe/Lisbon"),
                "Elsewhere",
                "",
                null,
                "",
                NOW);
        assertThat(change)
                .containsExactlyInAnyOrder(Screening.Change.TIME, Screening.Change.PLACE, Screening.Change.FILM);
        assertThat(screening.sequence()).isEqualTo(1);

        var noteOnly = screening.schedule(
                4,
                EVENING.plus(Duration.ofHours(1)),
                EVENING.plus(Duration.ofHours(3)),
                ZoneId.of("Europe/Lisbon"),
                "Elsewhere",
                "",
                null,
                "Bring snacks",
                NOW);
        assertThat(noteOnly).isEmpty();
    }

    @Test
    void answers_are_taken_until_the_screening_is_over_or_past_its_end() {
        scheduled().requireOpenForAnswers(NOW);
        live().requireOpenForAnswers(EVENING);
        assertThatThrownBy(() -> scheduled().requireOpenForAnswers(EVENING.plus(Duration.ofHours(2))))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("This screening is over.");
        assertThatThrownBy(() -> ended().requireOpenForAnswers(NOW))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("This screening is over.");
        assertThatThrownBy(() -> cancelled().requireOpenForAnswers(NOW))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("This screening was cancelled.");
    }

    @Test
    void a_live_screening_is_overdue_an_hour_past_its_planned_end() {
        var end = EVENING.plus(Duration.ofHours(2));
        assertThat(live().isOverdue(end.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(live().isOverdue(end.plus(Duration.ofMinutes(61)))).isTrue();
        assertThat(scheduled().isOverdue(end.plus(Duration.ofHours(5)))).isFalse();
        assertThat(ended().isOverdue(end.plus(Duration.ofHours(5)))).isFalse();
    }
}
