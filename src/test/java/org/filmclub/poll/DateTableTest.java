package org.filmclub.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The best time: most yes, then fewest no, then the earlier time; none while nobody said yes. */
class DateTableTest {

    private static final Instant EARLY = Instant.parse("2026-12-10T20:00:00Z");
    private static final Instant LATE = Instant.parse("2026-12-11T20:00:00Z");

    @Test
    void most_yes_wins_even_when_later() {
        assertThat(DateTable.best(
                        List.of(new DateTable.Choice(1, EARLY, 1, 0, 0), new DateTable.Choice(2, LATE, 2, 0, 3))))
                .contains(2L);
    }

    @Test
    void with_as_many_yes_the_fewest_no_wins() {
        assertThat(DateTable.best(
                        List.of(new DateTable.Choice(1, EARLY, 2, 0, 1), new DateTable.Choice(2, LATE, 2, 5, 0))))
                .contains(2L);
    }

    @Test
    void a_full_tie_goes_to_the_earlier_time_whatever_the_order_given() {
        assertThat(DateTable.best(
                        List.of(new DateTable.Choice(2, LATE, 2, 0, 1), new DateTable.Choice(1, EARLY, 2, 1, 1))))
                .contains(1L);
    }

    @Test
    void there_is_no_best_time_until_someone_says_yes() {
        assertThat(DateTable.best(
                        List.of(new DateTable.Choice(1, EARLY, 0, 2, 0), new DateTable.Choice(2, LATE, 0, 0, 1))))
                .isEmpty();
    }
}
