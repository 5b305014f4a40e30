package org.filmclub.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.filmclub.base.InvalidInputException;
import org.filmclub.film.FilmRef;
import org.junit.jupiter.api.Test;

/** What a member may type as a moment in a film, and how the page writes one. */
class MomentTest {

    private static final FilmRef HER = new FilmRef(1, 1, "club", "Her", 126);

    @Test
    void a_moment_is_typed_as_hours_minutes_and_seconds_or_as_minutes_and_seconds() {
        assertThat(Moment.parse("1:02:15").millis()).isEqualTo((3600 + 2 * 60 + 15) * 1000L);
        assertThat(Moment.parse(" 42:00 ").millis()).isEqualTo(42 * 60 * 1000L);
        assertThat(Moment.parse("0:00").millis()).isZero();
        assertThat(Moment.parse("95:30").text()).isEqualTo("1:35:30");
    }

    @Test
    void a_moment_is_shown_as_hours_minutes_and_seconds() {
        assertThat(Moment.ofSeconds(3735).text()).isEqualTo("1:02:15");
        assertThat(Moment.ofSeconds(42 * 60).text()).isEqualTo("0:42:00");
    }

    @Test
    void seventy_minutes_after_the_hours_is_refused_with_the_text_the_member_typed() {
        assertThatThrownBy(() -> Moment.parse("1:70:00"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("“1:70:00”")
                .hasMessageContaining("minutes go up to 59")
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsKey(Moment.FIELD));
    }

    @Test
    void words_seconds_past_fifty_nine_and_negative_times_are_refused() {
        assertThatThrownBy(() -> Moment.parse("soon"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("“soon”")
                .hasMessageContaining("h:mm:ss");
        assertThatThrownBy(() -> Moment.parse("12:75")).hasMessageContaining("seconds go up to 59");
        assertThatThrownBy(() -> Moment.parse("-1:00")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Moment.ofMillis(-1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("before its start");
    }

    @Test
    void a_moment_past_the_end_of_the_film_is_refused_and_its_last_second_is_not() {
        assertThat(Moment.within(HER, Moment.ofSeconds(126 * 60))).isEqualTo(Moment.ofSeconds(126 * 60));
        assertThat(Moment.within(HER, null)).isNull();
        assertThatThrownBy(() -> Moment.within(HER, Moment.ofSeconds(126 * 60 + 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("2:06:01 is past the end of Her, which runs 2:06:00.");
    }

    @Test
    void progress_lets_a_member_see_what_is_anchored_up_to_where_they_are() {
        var at42 = Progress.at(Moment.parse("42:00"));
        assertThat(at42.allows(null)).isTrue();
        assertThat(at42.allows(Moment.parse("42:00"))).isTrue();
        assertThat(at42.allows(Moment.parse("42:01"))).isFalse();
        assertThat(Progress.notStarted().allows(Moment.ofSeconds(0))).isFalse();
        assertThat(Progress.notStarted().allows(null)).isTrue();
        assertThat(Progress.finished().allows(Moment.parse("2:00:00"))).isTrue();
        assertThat(Progress.notSet().allows(Moment.parse("2:00:00"))).isTrue();
        assertThat(Progress.notSet().allowsEnding()).isFalse();
        assertThat(at42.text()).isEqualTo("I'm at 0:42:00");
    }
}
