package org.filmclub.timeline;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import elemental.json.Json;
import java.util.stream.Collectors;
import org.filmclub.FilmTalkTest;
import org.filmclub.question.QuestionService.Proposal;
import org.filmclub.watch.Moment;
import org.filmclub.watch.Progress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Members read where along the film their club talked, and open what was said in a stretch of it. */
class TimelineJourneyTest extends FilmTalkTest {

    static final String ENDING = "When Samantha leaves with the other OSes, Theodore finally writes to Catherine";

    @Autowired
    TimelineService timelines;

    private static Component strip() {
        return _get(Component.class, spec -> spec.withClasses("timeline-strip"));
    }

    /** Everything the member's screen holds, as text and as HTML. */
    private static String screen() {
        return UI.getCurrent()
                .getChildren()
                .map(c -> c.getElement().getOuterHTML())
                .collect(Collectors.joining());
    }

    private static java.util.List<String> stretchButtons() {
        return _find(Button.class).stream()
                .filter(b -> b.getParent()
                        .map(p -> p.hasClassName("timeline-stretches"))
                        .orElse(false))
                .map(b -> b.getElement().getAttribute("aria-label"))
                .toList();
    }

    @Test
    void a_member_sees_where_the_club_talked_and_opens_a_stretch_with_the_keyboards_buttons() {
        postAs(host, "The lift scene, what a shot", "1:02:15");
        postAs(ben, "The colours of the **flat**", "1:03:40");
        postAs(cleo, "First letter", "0:04:00");
        loginAs(cleo);
        questions.propose(
                slug,
                filmId,
                new Proposal("Would a zen-type AI want to grow?", false, ""),
                true,
                "q1",
                Moment.parse("1:04:00"));

        openFilmAs(ben);

        assertThat(strip().getElement().getAttribute("aria-label"))
                .startsWith("Talk along the film, in stretches of 5 minutes")
                .contains("the most at 1:00:00–1:05:00: 2 messages, 1 question");
        assertThat(stretchButtons())
                .containsExactly("0:00:00–0:05:00: 1 message", "1:00:00–1:05:00: 2 messages, 1 question");
        assertThat(strip().getElement().getProperty("innerHTML")).contains("<svg");

        _find(Button.class).stream()
                .filter(b -> "1:00:00–1:05:00: 2 messages, 1 question"
                        .equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow()
                .click();

        var dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("From 1:00:00 to 1:05:00");
        var shown = dialog.getElement().getOuterHTML();
        assertThat(shown)
                .contains("⏱ 1:02:15", "The lift scene, what a shot", "⏱ 1:03:40", "<strong>flat</strong>")
                .contains("Would a zen-type AI want to grow?")
                .doesNotContain("First letter");
        assertThat(shown.indexOf("lift scene")).isLessThan(shown.indexOf("colours"));
    }

    @Test
    void a_click_on_the_strip_opens_the_stretch_under_it() {
        postAs(host, "The lift scene, what a shot", "1:02:15");
        openFilmAs(ben);

        // The browser reports where across the image the click fell; the middle of the strip is past 1:00:00.
        for (double fraction = 0.45; fraction <= 0.6 && _find(Dialog.class).isEmpty(); fraction += 0.002) {
            var pick = Json.createObject();
            pick.put("event.detail", fraction);
            BasicUtilsKt._fireDomEvent(strip(), "timeline-pick", pick);
            var opened = _find(Dialog.class);
            if (!opened.isEmpty() && !opened.get(0).getElement().getOuterHTML().contains("lift scene")) {
                opened.get(0).close();
            }
        }

        assertThat(_get(Dialog.class).getElement().getOuterHTML()).contains("The lift scene, what a shot");
    }

    @Test
    void what_lies_past_a_members_progress_is_neither_counted_nor_sent_to_their_screen() {
        postAs(host, ENDING, "1:55:00");
        postAs(host, "The lift scene, what a shot", "1:02:15");
        loginAs(ben);
        progress.setProgress(slug, filmId, Progress.at(Moment.parse("1:10:00")));

        openFilmAs(ben);

        assertThat(stretchButtons()).containsExactly("1:00:00–1:05:00: 1 message");
        assertThat(strip().getElement().getAttribute("aria-label")).contains("You are at 1:10:00");
        assertThat(screen()).doesNotContain("Samantha leaves");
        loginAs(ben);
        var said = timelines.said(slug, filmId, Moment.parse("1:56:00"));
        assertThat(said.isEmpty()).isTrue();
        assertThat(said.stretch().text()).isEqualTo("1:55:00–2:00:00: nothing");

        // Ben says he finished, on another screen: the strip on this one draws again, and counts the ending.
        loginAs(ben);
        progress.setProgress(slug, filmId, Progress.finished());
        pushesArrive();
        assertThat(stretchButtons()).containsExactly("1:00:00–1:05:00: 1 message", "1:55:00–2:00:00: 1 message");
        loginAs(ben);
        assertThat(timelines.said(slug, filmId, Moment.parse("1:56:00")).messages())
                .singleElement()
                .satisfies(m -> assertThat(m.html()).contains("Samantha leaves"));
    }

    @Test
    void a_member_of_another_club_reaches_neither_the_strip_nor_a_stretch_of_this_clubs_film() {
        postAs(host, "The lift scene, what a shot", "1:02:15");
        var outsider = newMember("Olga Outsider");
        var theirClub = newClub(outsider);
        loginAs(outsider);

        looksMissing(() -> timelines.timeline(slug, filmId));
        looksMissing(() -> timelines.said(slug, filmId, Moment.parse("1:02:00")));
        // Naming their own club with this club's film does not reach it either.
        looksMissing(() -> timelines.said(theirClub, filmId, Moment.parse("1:02:00")));
    }
}
