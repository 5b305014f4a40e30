package org.filmclub.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.filmclub.watch.Moment;
import org.junit.jupiter.api.Test;

/** How moments are laid out along a film. */
class TimelineTest {

    private static List<Moment> at(String... times) {
        return java.util.Arrays.stream(times).map(Moment::parse).toList();
    }

    @Test
    void a_feature_is_cut_into_five_minute_stretches_over_its_whole_runtime() {
        var timeline = Timeline.of(126, at("0:03:00", "0:04:59", "1:02:15"), at("1:04:00"), null, List.of());

        assertThat(timeline.stretch()).isEqualTo(5 * 60_000L);
        assertThat(timeline.length()).isEqualTo(126 * 60_000L);
        assertThat(timeline.stretches()).hasSize(26);
        assertThat(timeline.stretches().get(25).to()).isEqualTo(126 * 60_000L);
        assertThat(timeline.talked())
                .extracting(Timeline.Stretch::text)
                .containsExactly("0:00:00–0:05:00: 2 messages", "1:00:00–1:05:00: 1 message, 1 question");
    }

    @Test
    void without_a_runtime_the_strip_runs_to_the_latest_moment_and_is_never_shorter_than_ten_minutes() {
        var early = Timeline.of(0, at("0:01:00"), List.of(), null, List.of());
        assertThat(early.length()).isEqualTo(10 * 60_000L);
        assertThat(early.stretch()).isEqualTo(60_000L);

        var late = Timeline.of(0, at("2:59:00"), List.of(), Moment.parse("0:30:00"), List.of());
        assertThat(late.length()).isEqualTo(Moment.parse("2:59:00").millis() + 1);
        assertThat(late.stretchAt(Moment.parse("2:59:00")).messages()).isEqualTo(1);
    }

    @Test
    void a_very_long_film_gets_longer_stretches_and_never_more_than_the_most() {
        var timeline = Timeline.of(600, at("9:59:00"), List.of(), null, List.of());

        assertThat(timeline.stretches()).hasSizeLessThanOrEqualTo(Timeline.MOST_STRETCHES);
        assertThat(timeline.stretchAt(Moment.parse("9:59:00")).messages()).isEqualTo(1);
    }

    @Test
    void the_text_alternative_names_the_busiest_stretch_the_position_and_the_questions_taken_up() {
        var timeline = Timeline.of(
                126,
                at("0:41:00", "0:42:00", "0:43:00", "1:10:00"),
                at("0:44:00"),
                Moment.parse("0:50:00"),
                at("0:44:00"));

        assertThat(timeline.text())
                .isEqualTo("Talk along the film, in stretches of 5 minutes: 2 stretches with messages or questions;"
                        + " the most at 0:40:00–0:45:00: 3 messages, 1 question. You are at 0:50:00."
                        + " The club took up 1 question along the way.");
        assertThat(Timeline.of(126, List.of(), List.of(), null, List.of()).text())
                .isEqualTo("Nothing has been said about a moment of the film yet.");
    }
}
