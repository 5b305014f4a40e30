package org.filmclub.film;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.club.ui.ClubHomeView;
import org.filmclub.film.ui.EssayEditorView;
import org.filmclub.film.ui.FilmView;
import org.filmclub.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Members add films, write, publish, edit and restore essays, all through the views. */
class FilmJourneyTest extends AbstractAppTest {

    @Autowired
    FilmService films;

    @Autowired
    EssayService essays;

    @Autowired
    MarkdownRenderer renderer;

    private void openClub(String slug) {
        UI.getCurrent().navigate("clubs/" + slug);
        NavigatorKt.expectView(ClubHomeView.class);
    }

    /** Adds a film through the club home's dialog and returns its id, read from the page it lands on. */
    private long addFilm(String slug, String title, String director) {
        openClub(slug);
        _click(_get(Button.class, spec -> spec.withText("Add a film")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), title);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Year")), 2013);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Director")), director);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Runtime (minutes)")), 126);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Short synopsis")), "A man, a voice, a city.");
        _click(_get(Button.class, spec -> spec.withText("Add film")));
        NavigatorKt.expectView(FilmView.class);
        var path = NavigatorKt.getCurrentPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private TextArea editor() {
        return _get(TextArea.class, spec -> spec.withLabel("Essay in Markdown"));
    }

    private void writeEssay(String markdown) {
        _click(_get(Button.class, spec -> spec.withText("Write an essay")));
        NavigatorKt.expectView(EssayEditorView.class);
        _setValue(editor(), markdown);
        previewArrives();
    }

    /**
     * The preview renders away from the session; this waits for it and lets its update in, until the text typed
     * while an earlier one rendered has had its turn too.
     */
    private void previewArrives() {
        try {
            do {
                renderer.awaitIdle();
                MockVaadin.clientRoundtrip();
            } while (!renderer.idle());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String preview() {
        previewArrives();
        return _get(Div.class, spec -> spec.withClasses("essay-preview"))
                .getChildren()
                .map(c -> ((Html) c).getInnerHtml())
                .findFirst()
                .orElse("");
    }

    /** The rendered essays on the film page, in the order shown. */
    private static java.util.List<String> essaysShown() {
        return _find(Article.class, spec -> spec.withClasses("essay")).stream()
                .map(a -> _get(a, Div.class, spec -> spec.withClasses("essay-text"))
                        .getElement()
                        .getProperty("innerHTML"))
                .toList();
    }

    private long essayIdOfEditor() {
        var path = NavigatorKt.getCurrentPath();
        var parts = path.split("/");
        return Long.parseLong(parts[parts.length - 2]);
    }

    @Test
    void member_adds_a_film_and_the_club_home_lists_it_newest_first() {
        var host = newMember("Ana Lima");
        var member = newMember("Ben Ode");
        var slug = newClub(host, member);
        var first = unique("Arrival");
        var second = unique("Her");
        addFilm(slug, first, "Denis Villeneuve");
        addFilm(slug, second, "Spike Jonze");

        assertThat(_get(H1.class, spec -> {}).getText()).isEqualTo(second);
        assertThat(Screen.text())
                .contains("2013 · directed by Spike Jonze · 126 min", "Added by Ben Ode", "Discussion", "Questions");
        openClub(slug);
        var listed = _find(Span.class, spec -> spec.withClasses("film-facts")).size();
        assertThat(listed).isEqualTo(2);
        var text = Screen.text();
        assertThat(text.indexOf(second)).isLessThan(text.indexOf(first));
    }

    @Test
    void club_home_search_finds_films_by_title_or_director() {
        var host = newMember("Cy Moreau");
        var slug = newClub(host);
        addFilm(slug, "Stalker", "Andrei Tarkovsky");
        addFilm(slug, "Solaris", "Andrei Tarkovsky");
        addFilm(slug, "Paterson", "Jim Jarmusch");
        openClub(slug);

        var search = _get(TextField.class, spec -> spec.withPlaceholder("Search by title or director"));
        _setValue(search, "tarkov");
        assertThat(Screen.text()).contains("Stalker", "Solaris").doesNotContain("Paterson");
        _setValue(search, "PATER");
        assertThat(Screen.text()).contains("Paterson").doesNotContain("Stalker");
        _setValue(search, "100%_sure");
        assertThat(Screen.text()).contains("No film matches “100%_sure”.");
    }

    @Test
    void bad_film_details_are_refused_beside_their_fields_and_nothing_typed_is_lost() {
        var host = newMember("Dee Quinn");
        var slug = newClub(host);
        openClub(slug);
        _click(_get(Button.class, spec -> spec.withText("Add a film")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Director")), "Agnès Varda");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Year")), 1962);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Runtime (minutes)")), 90);
        _setValue(
                _get(TextField.class, spec -> spec.withLabel("Poster image address (optional)")),
                "http://example.com/poster.jpg");
        _click(_get(Button.class, spec -> spec.withText("Add film")));

        HasValidationUtilsKt._expectInvalid(
                _get(TextField.class, spec -> spec.withLabel("Title")), "Give the film's title");
        HasValidationUtilsKt._expectInvalid(
                _get(TextField.class, spec -> spec.withLabel("Poster image address (optional)")),
                "A poster address must start with https:// and contain no spaces");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Director")).getValue())
                .isEqualTo("Agnès Varda");
        assertThat(films.films(slug, "", 10).films()).isEmpty();
    }

    @Test
    void member_writes_and_publishes_an_essay_that_the_club_reads() {
        var host = newMember("Eva Holm");
        var member = newMember("Finn Roe");
        var slug = newClub(host, member);
        loginAs(host);
        var filmId = addFilm(slug, "Her", "Spike Jonze");
        writeEssay("## A voice\n\nShe *listens* -- and he \"hears\".\n\n| a | b |\n|---|---|\n| 1 | 2 |");

        assertThat(preview()).contains("<h2>A voice</h2>", "<em>listens</em>", "–", "“hears”", "<table>");
        assertThat(Screen.text()).contains("11 words · 1 min read");
        // On a phone one pane shows at a time: Write first, then Preview at the member's choice.
        var panes = _get(Div.class, spec -> spec.withClasses("editor-panes"));
        assertThat(panes.getClassNames()).contains("writing").doesNotContain("previewing");
        _get(Tabs.class, spec -> spec.withClasses("editor-switch"))
                .setSelectedTab(_get(
                        Tab.class, spec -> spec.withPredicate(t -> t.getLabel().equals("Preview"))));
        assertThat(panes.getClassNames()).contains("previewing").doesNotContain("writing");
        _click(_get(Button.class, spec -> spec.withText("Publish")));

        NavigatorKt.expectView(FilmView.class);
        assertThat(Screen.notifications()).contains("Published. The club can read it now.");
        loginAs(member);
        UI.getCurrent()
                .navigate(
                        FilmView.class,
                        new com.vaadin.flow.router.RouteParameters(
                                java.util.Map.of("slug", slug, "filmId", Long.toString(filmId))));
        assertThat(essaysShown()).singleElement().satisfies(html -> assertThat(html)
                .startsWith("<div class=\"essay-body\">")
                .contains("<h2>A voice</h2>"));
        assertThat(Screen.text()).contains("Eva Holm").doesNotContain("Edit essay");
    }

    @Test
    void a_draft_is_saved_as_the_member_types_and_survives_a_reload() {
        var host = newMember("Gus Vale");
        var slug = newClub(host);
        addFilm(slug, "Paris, Texas", "Wim Wenders");
        writeEssay("Half a thought about the peep show scene");
        var editorPath = NavigatorKt.getCurrentPath();

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(editorPath);
        assertThat(editor().getValue()).isEqualTo("Half a thought about the peep show scene");
        assertThat(Screen.text()).contains("Restored your unpublished draft from");

        UI.getCurrent().navigate("clubs/" + slug);
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withText("Paris, Texas")));
        _click(_get(Button.class, spec -> spec.withText("Continue your essay")));
        assertThat(editor().getValue()).isEqualTo("Half a thought about the peep show scene");
    }

    @Test
    void the_second_of_two_simultaneous_edits_gets_a_conflict_and_keeps_its_text() {
        var author = newMember("Hal Kerr");
        var host = newMember("Ida Marsh");
        var slug = newClub(host, author);
        loginAs(author);
        var filmId = addFilm(slug, "Tokyo Story", "Yasujirō Ozu");
        writeEssay("First take.");
        _click(_get(Button.class, spec -> spec.withText("Publish")));
        _click(_get(Button.class, spec -> spec.withText("Edit essay")));
        var essayId = essayIdOfEditor();
        _setValue(editor(), "The author's second thoughts.");

        loginAs(host);
        var hostsView = essays.open(slug, filmId, essayId);
        essays.publish(slug, essayId, "The host's correction.", hostsView.baseRevision());

        loginAs(author);
        _click(_get(Button.class, spec -> spec.withText("Publish changes")));
        NavigatorKt.expectView(EssayEditorView.class);
        assertThat(Screen.text()).contains("Ida Marsh published a newer version at", "Nothing was overwritten");
        assertThat(editor().getValue()).isEqualTo("The author's second thoughts.");
        assertThat(films.page(slug, filmId).essays().get(0).html()).contains("The host’s correction.");

        _click(_get(Button.class, spec -> spec.withText("Publish mine as the newest revision")));
        NavigatorKt.expectView(FilmView.class);
        assertThat(essaysShown().get(0)).contains("The author’s second thoughts.");
        assertThat(essays.revisions(slug, essayId))
                .extracting(RevisionInfo::editor)
                .containsExactly("Hal Kerr", "Ida Marsh", "Hal Kerr");
    }

    @Test
    void host_restores_an_earlier_revision_and_the_history_keeps_every_one() {
        var host = newMember("Jo Park");
        var slug = newClub(host);
        addFilm(slug, "Ikiru", "Akira Kurosawa");
        writeEssay("The original reading.");
        _click(_get(Button.class, spec -> spec.withText("Publish")));
        _click(_get(Button.class, spec -> spec.withText("Edit essay")));
        _setValue(editor(), "A worse rewrite.");
        _click(_get(Button.class, spec -> spec.withText("Publish changes")));
        assertThat(essaysShown().get(0)).contains("A worse rewrite.");

        _click(_get(Button.class, spec -> spec.withText("History")));
        _click(_get(Button.class, spec -> spec.withText("Read")
                .withPredicate(b -> b.getAriaLabel().orElse("").equals("Read revision 1"))));
        assertThat(_get(Div.class, spec -> spec.withClasses("revision-reader"))
                        .getChildren()
                        .map(c -> ((Html) c).getInnerHtml())
                        .findFirst()
                        .orElseThrow())
                .contains("The original reading.");
        _click(_get(Button.class, spec -> spec.withText("Restore")));

        assertThat(Screen.notifications()).contains("Revision 1 is the current text again (saved as revision 3).");
        assertThat(Screen.text()).contains("Revision 3 · Jo Park", "restored from revision 1");
        assertThat(essaysShown().get(0)).contains("The original reading.").doesNotContain("worse");
    }

    @Test
    void an_essay_over_the_limit_is_refused_and_stays_in_the_editor() {
        var host = newMember("Kai Dunn");
        var slug = newClub(host);
        var filmId = addFilm(slug, "Shoah", "Claude Lanzmann");
        var tooLong = "word ".repeat(FilmLimits.ESSAY_MAX / 5) + "over";
        writeEssay(tooLong);

        HasValidationUtilsKt._expectInvalid(
                editor(),
                "4 characters over the limit of 200,000. Your text is kept here, but it cannot be saved until it is shorter.");
        assertThat(Screen.text()).contains("Not saved: the essay is too long.");
        _click(_get(Button.class, spec -> spec.withText("Publish")));
        NavigatorKt.expectView(EssayEditorView.class);
        assertThat(editor().getValue()).isEqualTo(tooLong);
        assertThat(films.page(slug, filmId).essays()).isEmpty();
    }

    @Test
    void publishing_nothing_is_refused_with_a_message() {
        var host = newMember("Lea Stone");
        var slug = newClub(host);
        addFilm(slug, "Mirror", "Andrei Tarkovsky");
        writeEssay("   ");
        _click(_get(Button.class, spec -> spec.withText("Publish")));
        HasValidationUtilsKt._expectInvalid(editor(), "Write something before publishing.");
    }

    @Test
    void a_film_removed_while_someone_writes_leaves_their_text_on_screen() {
        var host = newMember("Max Bell");
        var writer = newMember("Nia Cole");
        var slug = newClub(host, writer);
        loginAs(writer);
        var filmId = addFilm(slug, "Yi Yi", "Edward Yang");
        writeEssay("A long family of a film.");

        loginAs(host);
        films.remove(slug, filmId);

        loginAs(writer);
        _setValue(editor(), "A long family of a film, and I was not done.");
        assertThat(Screen.text()).contains("Your text is still here: copy it to keep it.");
        assertThat(editor().getValue()).isEqualTo("A long family of a film, and I was not done.");
        _click(_get(Button.class, spec -> spec.withText("Discard draft")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NavigatorKt.expectView(org.filmclub.base.ui.NotFoundView.class);
    }

    @Test
    void an_essay_stays_attributed_after_its_author_leaves_the_club() {
        var host = newMember("Oli Grant");
        var author = newMember("Pia Ross");
        var slug = newClub(host, author);
        loginAs(author);
        var filmId = addFilm(slug, "Beau Travail", "Claire Denis");
        writeEssay("Bodies at work under the sun.");
        _click(_get(Button.class, spec -> spec.withText("Publish")));
        clubService.leave(slug);
        // The author's own screen closes the club's page at once.
        pushesArrive();
        NavigatorKt.expectView(org.filmclub.club.ui.ClubsView.class);

        loginAs(host);
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
        assertThat(essaysShown()).singleElement().satisfies(html -> assertThat(html)
                .contains("Bodies at work"));
        assertThat(Screen.text()).contains("Pia Ross", "former member");
    }

    @Test
    void an_essay_imports_from_a_text_file_and_a_file_that_is_not_utf8_is_refused() throws IOException {
        var host = newMember("Quin Shaw");
        var slug = newClub(host);
        addFilm(slug, "Her", "Spike Jonze");
        writeEssay("to be replaced");

        _click(_get(Button.class, spec -> spec.withText("Import text…")));
        UploadKt._upload(_get(Upload.class), "notes.txt", "text/plain", "café".getBytes(StandardCharsets.ISO_8859_1));
        pushesArrive();
        assertThat(Screen.text()).contains("That file is not UTF-8 text.");
        assertThat(editor().getValue()).isEqualTo("to be replaced");

        UploadKt._upload(_get(Upload.class), "arrival.txt", "text/plain", MarkdownRendererTest.clubEssay());
        pushesArrive();
        assertThat(editor().getValue()).contains("Denis Villeneuve’s Arrival", "😢", "🙂");
        assertThat(preview()).contains("What would you do if you knew how every conversation would end?", "🙂");
        assertThat(Screen.text()).contains("Draft saved at");
    }

    @Test
    void only_its_author_or_a_host_can_change_an_essay_or_a_film() {
        var host = newMember("Rae Fox");
        var author = newMember("Sam Webb");
        var other = newMember("Tia Lowe");
        var slug = newClub(host, author, other);
        loginAs(author);
        var filmId = addFilm(slug, "Chungking Express", "Wong Kar-wai");
        writeEssay("Canned pineapple.");
        _click(_get(Button.class, spec -> spec.withText("Publish")));
        var essayId = films.page(slug, filmId).essays().get(0).essayId();

        loginAs(other);
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
        assertThat(Screen.text()).doesNotContain("Edit essay", "Edit film", "Remove film");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> essays.publish(slug, essayId, "Mine now", 1))
                .isInstanceOf(org.filmclub.base.NotPermittedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> essays.restore(slug, essayId, 1))
                .isInstanceOf(org.filmclub.base.NotPermittedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> films.edit(slug, filmId, new FilmDetails("Renamed", 1994, "X", 98, "", "")))
                .isInstanceOf(org.filmclub.base.NotPermittedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> films.remove(slug, filmId))
                .isInstanceOf(org.filmclub.base.NotPermittedException.class);

        loginAs(author);
        films.edit(slug, filmId, new FilmDetails("Chungking Express", 1994, "Wong Kar-wai", 98, "Two cops.", ""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> films.remove(slug, filmId))
                .isInstanceOf(org.filmclub.base.NotPermittedException.class);

        loginAs(host);
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
        assertThat(Screen.text()).contains("Edit essay", "Edit film", "Remove film", "1994");
        _click(_get(Button.class, spec -> spec.withText("Remove film")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NavigatorKt.expectView(ClubHomeView.class);
        assertThat(films.films(slug, "", 10).films()).isEmpty();
    }
}
