package org.filmclub.film;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.base.ui.NotFoundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member of one club can never read or change another club's films or essays, whatever address
 * or request they craft: to them it looks as if nothing were there.
 */
class FilmAuthorizationTest extends AbstractAppTest {

    @Autowired
    FilmService films;

    @Autowired
    EssayService essays;

    private String theirClub;
    private long theirFilm;
    private long theirEssay;
    private long theirDraft;
    private String myClub;
    private long myFilm;

    @BeforeEach
    void twoClubs() {
        var theirHost = newMember("Uma Byrne");
        theirClub = newClub(theirHost);
        loginAs(theirHost);
        theirFilm = films.add(theirClub, new FilmDetails("La Jetée", 1962, "Chris Marker", 28, "Still images.", ""))
                .id();
        theirEssay = essays.start(theirClub, theirFilm);
        essays.publish(theirClub, theirEssay, "A private reading of the pier.", 0);
        theirDraft = essays.start(theirClub, theirFilm);
        essays.saveDraft(theirClub, theirDraft, "Unfinished and private.", 0);

        var outsider = newMember("Vic Lane");
        myClub = newClub(outsider);
        loginAs(outsider);
        myFilm = films.add(myClub, new FilmDetails("Sans Soleil", 1983, "Chris Marker", 100, "", ""))
                .id();
    }

    @Test
    void member_of_another_club_cannot_open_its_film_page_or_essay_editor() {
        UI.getCurrent().navigate("clubs/" + theirClub + "/films/" + theirFilm);
        NavigatorKt.expectView(NotFoundView.class);
        UI.getCurrent().navigate("clubs/" + theirClub + "/films/" + theirFilm + "/essays/" + theirEssay + "/edit");
        NavigatorKt.expectView(NotFoundView.class);
        // Their film under my own club's address is just as missing.
        UI.getCurrent().navigate("clubs/" + myClub + "/films/" + theirFilm);
        NavigatorKt.expectView(NotFoundView.class);
        UI.getCurrent().navigate("clubs/" + myClub + "/films/" + myFilm + "/essays/" + theirEssay + "/edit");
        NavigatorKt.expectView(NotFoundView.class);
        assertThat(Screen.text()).doesNotContain("La Jetée", "pier");
    }

    @Test
    void member_of_another_club_cannot_read_its_films_or_essays_through_any_service_call() {
        for (var slug : new String[] {theirClub, myClub}) {
            looksMissing(() -> films.page(slug, theirFilm));
            looksMissing(() -> essays.open(slug, theirFilm, theirEssay));
            looksMissing(() -> essays.revisions(slug, theirEssay));
            looksMissing(() -> essays.revisionHtml(slug, theirEssay, 1));
        }
        looksMissing(() -> films.films(theirClub, "", 10));
        looksMissing(() -> essays.open(myClub, myFilm, theirEssay));
        assertThat(films.films(myClub, "Marker", 10).films())
                .extracting(FilmSummary::title)
                .containsExactly("Sans Soleil");
    }

    @Test
    void member_of_another_club_cannot_change_its_films_or_essays_through_any_service_call() {
        var details = new FilmDetails("Renamed", 1962, "Someone", 28, "", "");
        for (var slug : new String[] {theirClub, myClub}) {
            looksMissing(() -> films.edit(slug, theirFilm, details));
            looksMissing(() -> films.remove(slug, theirFilm));
            looksMissing(() -> essays.start(slug, theirFilm));
            looksMissing(() -> essays.saveDraft(slug, theirEssay, "defaced", 1));
            looksMissing(() -> essays.publish(slug, theirEssay, "defaced", 1));
            looksMissing(() -> essays.restore(slug, theirEssay, 1));
            looksMissing(() -> essays.delete(slug, theirEssay));
            looksMissing(() -> essays.discardDraft(slug, theirDraft));
        }
        looksMissing(() -> films.add(theirClub, details));
    }

    @Test
    void an_unpublished_draft_is_its_authors_alone_even_for_a_host_of_the_same_club() {
        var host = newMember("Wyn Hart");
        var writer = newMember("Xia Bloom");
        var slug = newClub(host, writer);
        loginAs(host);
        var film = films.add(slug, new FilmDetails("Jeanne Dielman", 1975, "Chantal Akerman", 201, "", ""))
                .id();
        loginAs(writer);
        var draft = essays.start(slug, film);
        essays.saveDraft(slug, draft, "Not ready for anyone's eyes.", 0);

        loginAs(host);
        looksMissing(() -> essays.open(slug, film, draft));
        looksMissing(() -> essays.revisions(slug, draft));
        looksMissing(() -> essays.publish(slug, draft, "Published for you", 0));
        assertThat(films.page(slug, film).essays()).isEmpty();
    }
}
