package org.filmclub.film;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.sql.Timestamp;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.film.ui.EssayEditorView;
import org.filmclub.film.ui.FilmView;
import org.filmclub.markdown.MarkdownRenderer;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Essays written to exhaust or crash the renderer, through the editor and as rows stored before its limits. */
class HostileEssayTest extends AbstractAppTest {

    @Autowired
    FilmService films;

    @Autowired
    EssayService essays;

    @Autowired
    MarkdownRenderer renderer;

    @Autowired
    JdbcClient jdbc;

    private long film(String slug) {
        return films.add(slug, new FilmDetails(unique("Her"), 2013, "Spike Jonze", 126, "", ""))
                .id();
    }

    private void openFilm(String slug, long filmId) {
        UI.getCurrent().navigate("clubs/" + slug + "/films/" + filmId);
        NavigatorKt.expectView(FilmView.class);
    }

    private TextArea editor() {
        return _get(TextArea.class, spec -> spec.withLabel("Essay in Markdown"));
    }

    /**
     * The preview renders away from the session; this waits for it and lets its update in, until the text typed
     * while an earlier one rendered has had its turn too.
     */
    private void previewArrives() throws InterruptedException {
        do {
            renderer.awaitIdle();
            MockVaadin.clientRoundtrip();
        } while (!renderer.idle());
    }

    /** The text of each essay on the film page, in the order shown, as its HTML without the root element. */
    private static java.util.List<String> essaysShown() {
        return _find(Article.class, spec -> spec.withClasses("essay")).stream()
                .map(a -> _get(a, Div.class, spec -> spec.withClasses("essay-text"))
                        .getElement()
                        .getProperty("innerHTML"))
                .map(html -> html == null
                        ? ""
                        : org.jsoup.Jsoup.parseBodyFragment(html)
                                .select(".essay-body > p")
                                .html())
                .toList();
    }

    private static String previewText() {
        return Screen.textOf(_get(Div.class, spec -> spec.withClasses("essay-preview")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.filmclub.film.HostileCorpus#overBudget")
    void an_essay_too_deep_or_too_costly_to_render_is_refused_at_publish_and_stays_in_the_editor(
            String name, String markdown) throws InterruptedException {
        var host = newMember("Ada Vos");
        var slug = newClub(host);
        var filmId = film(slug);
        openFilm(slug, filmId);
        _click(_get(Button.class, spec -> spec.withText("Write an essay")));
        NavigatorKt.expectView(EssayEditorView.class);
        _setValue(editor(), markdown);
        previewArrives();
        assertThat(previewText()).as(name).startsWith("Preview too large or complex to show.");

        _click(_get(Button.class, spec -> spec.withText("Publish")));

        NavigatorKt.expectView(EssayEditorView.class);
        assertThat(editor().isInvalid()).as(name).isTrue();
        assertThat(editor().getErrorMessage()).as(name).endsWith("Your text is still here.");
        assertThat(editor().getValue()).as(name).isEqualTo(markdown);
        assertThat(films.page(slug, filmId).essays()).as(name).isEmpty();
    }

    @Test
    void an_essay_stored_before_the_limits_leaves_the_film_page_whole_and_can_be_deleted() {
        var host = newMember("Bo Lind");
        var member = newMember("Cy Marr");
        var slug = newClub(host, member);
        var filmId = film(slug);
        loginAs(member);
        var fine = essays.start(slug, filmId);
        essays.publish(slug, fine, "A voice that *listens*.", 0);
        var hostile = storedBeforeTheLimits(filmId, host, ">".repeat(1_000) + " deep");

        loginAs(host);
        openFilm(slug, filmId);

        assertThat(essaysShown()).containsExactly("A voice that <em>listens</em>.", "");
        assertThat(Screen.text())
                .contains(
                        "This essay could not be shown: its formatting is too large or too deeply nested.",
                        "Discussion");
        var article = _find(Article.class, spec -> spec.withClasses("essay")).stream()
                .filter(a -> Screen.textOf(a).contains("could not be shown"))
                .findFirst()
                .orElseThrow();
        _click(_get(article, Button.class, spec -> spec.withText("Delete essay")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(Screen.notifications()).contains("Essay deleted");
        assertThat(essaysShown()).containsExactly("A voice that <em>listens</em>.");
        assertThat(Screen.text()).doesNotContain("could not be shown");
        assertThat(jdbc.sql("select count(*) from essays where id = :id")
                        .param("id", hostile)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void an_essay_stored_before_the_limits_is_rendered_once_and_its_result_kept() {
        var host = newMember("Di Hart");
        var slug = newClub(host);
        var filmId = film(slug);
        var essayId = storedBeforeTheLimits(filmId, host, "Samantha[^1] *laughs*.\n\n[^1]: A voice.");

        var first = films.page(slug, filmId).essays().get(0).html();

        assertThat(first).contains("<em>laughs</em>", "id=\"e" + essayId + "r1-fn-1\"");
        assertThat(jdbc.sql("select html from essay_revisions where essay_id = :id")
                        .param("id", essayId)
                        .query(String.class)
                        .single())
                .isEqualTo(first);
        assertThat(films.page(slug, filmId).essays().get(0).html()).isSameAs(first);
    }

    /** An essay inserted as a row written before rendered HTML was stored, as an old database or an import has. */
    private long storedBeforeTheLimits(long filmId, MemberProfile author, String body) {
        var at = Timestamp.from(clock.instant());
        jdbc.sql(
                        """
                        insert into essays (film_id, author_id, revision, created_at, published_at)
                        values (:film, :author, 1, :at, :at)""")
                .param("film", filmId)
                .param("author", author.id())
                .param("at", at)
                .update();
        var id = jdbc.sql("select max(id) from essays where film_id = :film and author_id = :author")
                .param("film", filmId)
                .param("author", author.id())
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                        insert into essay_revisions (essay_id, number, body, edited_by, created_at)
                        values (:essay, 1, :body, :author, :at)""")
                .param("essay", id)
                .param("body", body)
                .param("author", author.id())
                .param("at", at)
                .update();
        return id;
    }
}
