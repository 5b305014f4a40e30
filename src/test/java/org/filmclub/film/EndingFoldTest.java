package org.filmclub.film;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.filmclub.ClubWithAFilmTest;
import org.filmclub.Screen;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.NotFoundView;
import org.filmclub.member.MemberProfile;
import org.filmclub.watch.Moment;
import org.filmclub.watch.Progress;
import org.filmclub.watch.ProgressService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An essay its author marks as discussing the ending stays folded for a member who has not said they finished the
 * film: its text never reaches their browser until they finish it, or press Reveal on that screen.
 */
class EndingFoldTest extends ClubWithAFilmTest {

    private static final String ENDING = "Samantha leaves, and Theodore finally writes a letter in his own name.";

    @Autowired
    EssayService essays;

    @Autowired
    ProgressService progress;

    /** Cleo's essay on the ending, published through the service, as the editor would. */
    private long cleoPublishes(String text) {
        loginAs(cleo);
        var essay = essays.start(slug, filmId);
        essays.publish(slug, essay, text, 0, true);
        return essay;
    }

    private void openFilmAs(MemberProfile member) {
        loginAs(member);
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
    }

    private void progressOf(MemberProfile member, Progress at) {
        loginAs(member);
        progress.setProgress(slug, filmId, at);
    }

    private static String notice() {
        return _find(Div.class, spec -> spec.withClasses("ending-notice")).stream()
                .map(Screen::textOf)
                .findFirst()
                .orElse("");
    }

    private static void reveal() {
        _click(_get(
                _get(Div.class, spec -> spec.withClasses("ending-notice")),
                Button.class,
                spec -> spec.withText("Reveal")));
    }

    /** A paragraph of a real essay on Her, kept outside the project; the test that reads it skips without it. */
    private static String paragraphOfHerEssay() throws IOException {
        var file =
                Path.of(System.getProperty("filmclub.fixtures", "../shared/fixtures"), "her-essay-with-comments.txt");
        Assumptions.assumeTrue(Files.exists(file), "the essay on Her is not at " + file.toAbsolutePath());
        return Arrays.stream(Files.readString(file, StandardCharsets.UTF_8).split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> p.startsWith("Did you ever fall in love"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_author_marks_the_essay_in_the_editor_and_a_member_who_has_not_finished_gets_only_the_notice()
            throws IOException {
        var paragraph = paragraphOfHerEssay();
        var sentence = "Theodore (Joaquin Phoenix) is portrayed as a rather introverted man";
        assertThat(paragraph).contains(sentence);

        openFilmAs(cleo);
        _click(_get(Button.class, spec -> spec.withText("Write an essay")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Essay in Markdown")), paragraph);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("This essay discusses the ending")), true);
        _click(_get(Button.class, spec -> spec.withText("Publish")));
        NavigatorKt.expectView(org.filmclub.film.ui.FilmView.class);
        assertThat(Screen.everythingSent()).contains(sentence, "discusses the ending");
        assertThat(notice()).isEmpty();

        progressOf(ben, Progress.at(Moment.parse("0:42:00")));
        openFilmAs(ben);
        assertThat(notice())
                .contains("This essay discusses the ending. It opens once you say you've finished the film.");
        assertThat(Screen.everythingSent()).doesNotContain(sentence).doesNotContain("fall in love");
        // The passage bar is still offered; there is nothing folded to select.
        assertThat(_find(Button.class).stream().map(Button::getText)).contains("Quote in discussion", "Ask about this");

        // A member who has not said how far they are finds it folded too: the author warned of the ending.
        openFilmAs(host);
        assertThat(notice()).contains("discusses the ending");
        assertThat(Screen.everythingSent()).doesNotContain(sentence);
    }

    @Test
    void saying_i_have_finished_opens_the_essay_without_a_reload() {
        cleoPublishes(ENDING);
        progressOf(ben, Progress.notStarted());
        openFilmAs(ben);
        assertThat(Screen.everythingSent()).doesNotContain(ENDING);

        _click(_get(Button.class, spec -> spec.withText("I've finished")));
        pushesArrive();

        assertThat(Screen.everythingSent()).contains(ENDING);
        assertThat(notice()).isEmpty();
    }

    @Test
    void finishing_on_another_screen_opens_it_here_and_going_back_folds_it_again() {
        cleoPublishes(ENDING);
        openFilmAs(ben);
        assertThat(Screen.everythingSent()).doesNotContain(ENDING);

        progressOf(ben, Progress.finished());
        pushesArrive();
        assertThat(Screen.everythingSent()).contains(ENDING);

        progressOf(ben, Progress.at(Moment.parse("1:00:00")));
        pushesArrive();
        assertThat(Screen.everythingSent()).doesNotContain(ENDING);

        // Another member finishing changes nothing for Ben.
        progressOf(host, Progress.finished());
        pushesArrive();
        assertThat(Screen.everythingSent()).doesNotContain(ENDING);
    }

    @Test
    void reveal_opens_it_on_this_screen_only() {
        cleoPublishes(ENDING);
        openFilmAs(ben);

        reveal();
        assertThat(Screen.everythingSent()).contains(ENDING);
        assertThat(notice()).isEmpty();

        openFilmAs(host);
        openFilmAs(ben);
        assertThat(Screen.everythingSent()).doesNotContain(ENDING);
    }

    @Test
    void its_history_stays_folded_for_a_member_who_has_not_finished_until_they_reveal_it() {
        cleoPublishes(ENDING);
        openFilmAs(ben);

        _click(_get(Button.class, spec -> spec.withText("History")));
        _click(_find(Button.class, spec -> spec.withText("Read")).stream()
                .filter(b -> "Read revision 1".equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow());
        var dialog = _get(Dialog.class);
        assertThat(Screen.textOf(dialog)).contains("discusses the ending");
        assertThat(Screen.everythingSent()).doesNotContain(ENDING);

        _click(_get(dialog, Button.class, spec -> spec.withText("Reveal")));
        assertThat(Screen.everythingSent()).contains(ENDING);
    }

    @Test
    void the_author_always_reads_it_and_a_member_who_finished_does_too() {
        cleoPublishes(ENDING);
        progressOf(cleo, Progress.notStarted());
        openFilmAs(cleo);
        assertThat(Screen.everythingSent()).contains(ENDING);

        progressOf(ben, Progress.finished());
        openFilmAs(ben);
        assertThat(Screen.everythingSent()).contains(ENDING);
        assertThat(notice()).isEmpty();
    }

    @Test
    void the_service_keeps_the_text_of_a_folded_essay_on_the_server() {
        var essay = cleoPublishes(ENDING);
        loginAs(ben);

        var card = films.page(slug, filmId).essays().get(0);
        assertThat(card.folded()).isTrue();
        assertThat(card.html()).isEmpty();
        assertThatThrownBy(() -> essays.revisionHtml(slug, essay, 1))
                .isInstanceOf(EndingFoldedException.class)
                .hasMessageContaining("discusses the ending");
        assertThat(essays.revisionHtml(slug, essay, 1, true)).contains(ENDING);
    }

    @Autowired
    FilmService films;

    @Test
    void the_mark_is_kept_with_the_draft_and_only_those_who_may_edit_the_essay_change_it() {
        loginAs(cleo);
        var essay = essays.start(slug, filmId);
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId + "/essays/" + essay + "/edit");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Essay in Markdown")), ENDING);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("This essay discusses the ending")), true);

        // A reload restores the draft with its mark.
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId + "/essays/" + essay + "/edit");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("This essay discusses the ending"))
                        .getValue())
                .isTrue();
        assertThat(essays.open(slug, filmId, essay).discussesEnding()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Publish")));

        loginAs(ben);
        assertThatThrownBy(() -> essays.publish(slug, essay, ENDING, 1, false))
                .isInstanceOf(NotPermittedException.class);
        assertThat(films.page(slug, filmId).essays().get(0).folded()).isTrue();

        // A host may edit a published essay, and so unmark it.
        loginAs(host);
        essays.publish(slug, essay, ENDING, 1, false);
        loginAs(ben);
        assertThat(films.page(slug, filmId).essays().get(0).folded()).isFalse();
        assertThat(films.page(slug, filmId).essays().get(0).html()).contains("Theodore finally writes");
    }

    @Test
    void a_member_of_another_club_reaches_none_of_it() {
        var essay = cleoPublishes(ENDING);
        var outsider = newMember("Vic Lane");
        var theirs = newClub(outsider);
        loginAs(outsider);
        var theirFilm = films.add(theirs, new FilmDetails("Sans Soleil", 1983, "Chris Marker", 100, "", ""))
                .id();
        progress.setProgress(theirs, theirFilm, Progress.finished());

        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
        NavigatorKt.expectView(NotFoundView.class);
        UI.getCurrent().navigate("clubs/" + theirs + "/films/" + filmId);
        NavigatorKt.expectView(NotFoundView.class);
        assertThat(Screen.everythingSent()).doesNotContain(ENDING);
        for (var club : new String[] {slug, theirs}) {
            looksMissing(() -> essays.revisionHtml(club, essay, 1, true));
            looksMissing(() -> essays.revisions(club, essay));
            looksMissing(() -> films.page(club, filmId));
            looksMissing(() -> progress.setProgress(club, filmId, Progress.finished()));
        }
    }
}
