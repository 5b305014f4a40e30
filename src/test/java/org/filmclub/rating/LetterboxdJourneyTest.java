package org.filmclub.rating;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.rating.ui.TasteView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member's ratings out to Letterboxd and back in, from the taste page. */
class LetterboxdJourneyTest extends AbstractAppTest {

    @Autowired
    FilmService films;

    @Autowired
    RatingService ratings;

    @Autowired
    LetterboxdService letterboxd;

    private MemberProfile ana;
    private MemberProfile ben;
    private String slug;
    private long amelie;
    private long tiger;
    private long her;

    @BeforeEach
    void aClubWithThreeFilms() {
        clock.stopAt(Instant.parse("2026-12-01T12:00:00Z"));
        ana = newMember("Ana Host");
        ben = newMember("Ben Okafor");
        slug = newClub(ana, ben);
        loginAs(ana);
        amelie = films.add(slug, new FilmDetails("Amélie", 2001, "Jean-Pierre Jeunet", 122, "", ""))
                .id();
        tiger = films.add(slug, new FilmDetails("Crouching Tiger, Hidden Dragon", 2000, "Ang Lee", 120, "", ""))
                .id();
        her = films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
    }

    private void openTaste(MemberProfile member) {
        loginAs(member);
        UI.getCurrent().navigate(TasteView.path(slug));
        NavigatorKt.expectView(TasteView.class);
    }

    private void upload(String fixture) {
        UploadKt._upload(_get(Upload.class), fixture, "text/csv", LetterboxdCsvTest.fixture(fixture));
        pushesArrive();
    }

    private int myRating(MemberProfile member, long film) {
        loginAs(member);
        var history = ratings.myHistory(slug, film);
        return history.get(history.size() - 1).halves();
    }

    @Test
    void a_member_downloads_their_own_ratings_as_letterboxd_reads_them_and_no_one_elses() {
        loginAs(ana);
        ratings.rate(slug, amelie, RatingInput.ofHalves(9, "Sweet, and *warm*", LocalDate.of(2026, 11, 2)));
        ratings.rate(slug, her, RatingInput.ofHalves(6, "", null));
        ratings.rate(slug, her, RatingInput.ofHalves(7, "", LocalDate.of(2026, 11, 20)));
        loginAs(ben);
        ratings.rate(slug, tiger, RatingInput.ofHalves(2, "", null));
        openTaste(ana);

        var csv = DownloadKt._download(
                _get(Anchor.class, spec -> spec.withText("Download my ratings for Letterboxd (CSV)")));

        assertThat(new String(csv, UTF_8))
                .isEqualTo("Title,Year,Rating,WatchedDate,Review\r\n"
                        + "Amélie,2001,4.5,2026-11-02,\"Sweet, and *warm*\"\r\n"
                        + "Her,2013,3.5,2026-11-20,\r\n");
    }

    @Test
    void an_import_previews_new_and_different_ratings_and_replaces_nothing_without_asking() {
        loginAs(ana);
        ratings.rate(slug, her, RatingInput.ofHalves(4, "mine", null));
        openTaste(ana);

        upload("diary.csv");

        var text = Screen.text();
        assertThat(text)
                .contains("2 new, 1 different from yours, 0 the same as yours, 1 not matched, 0 not read")
                .contains("Amélie (2001): 4½ stars", "Crouching Tiger, Hidden Dragon (2000): 4 stars")
                .contains("Not matched (the club has no such film) (1)", "Line 5: Stalker (1979)");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Her (2013): yours 2, Letterboxd 4"))
                        .getValue())
                .isFalse();
        assertThat(ratings.myHistory(slug, amelie))
                .as("nothing is written by a preview")
                .isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Import")));

        assertThat(Screen.notifications()).contains("Imported 2 ratings.");
        assertThat(myRating(ana, amelie)).isEqualTo(9);
        assertThat(myRating(ana, tiger)).isEqualTo(8);
        assertThat(myRating(ana, her)).as("not ticked, so not replaced").isEqualTo(4);
        assertThat(Screen.text()).contains("Amélie (2001)", "4.5 stars");

        upload("diary.csv");
        assertThat(Screen.text()).contains("0 new, 1 different from yours, 2 the same as yours");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Her (2013): yours 2, Letterboxd 4")), true);
        _click(_get(Button.class, spec -> spec.withText("Import")));

        assertThat(myRating(ana, her)).isEqualTo(8);
        loginAs(ana);
        assertThat(ratings.myHistory(slug, her)).extracting(RatingEntry::halves).containsExactly(4, 8);
    }

    @Test
    void replace_all_ticks_every_different_rating() {
        loginAs(ana);
        ratings.rate(slug, her, RatingInput.ofHalves(4, "", null));
        ratings.rate(slug, amelie, RatingInput.ofHalves(2, "", null));
        openTaste(ana);
        upload("diary.csv");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Replace all 2")), true);
        _click(_get(Button.class, spec -> spec.withText("Import")));

        assertThat(Screen.notifications()).contains("Imported 3 ratings.");
        assertThat(List.of(myRating(ana, her), myRating(ana, amelie), myRating(ana, tiger)))
                .containsExactly(8, 9, 8);
    }

    @Test
    void a_rating_changed_in_another_tab_after_the_preview_is_left_alone() {
        openTaste(ana);
        upload("ratings.csv");
        loginAs(ana);
        ratings.rate(slug, her, RatingInput.ofHalves(3, "", null));

        _click(_get(Button.class, spec -> spec.withText("Import")));

        assertThat(Screen.notifications())
                .contains(
                        "Imported 1 rating. Left alone, because your rating changed or the film was removed since the "
                                + "preview: Her (2013).");
        assertThat(myRating(ana, her)).isEqualTo(3);
        assertThat(myRating(ana, amelie)).isEqualTo(9);
    }

    @Test
    void a_film_removed_after_the_preview_is_left_alone_and_the_rest_come_in() {
        openTaste(ana);
        upload("ratings.csv");
        loginAs(ana);
        films.remove(slug, amelie);

        _click(_get(Button.class, spec -> spec.withText("Import")));

        assertThat(Screen.notifications())
                .contains(
                        "Imported 1 rating. Left alone, because your rating changed or the film was removed since the "
                                + "preview: Amélie (2001).");
        assertThat(myRating(ana, her)).isEqualTo(8);
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_and_a_bad_row_is_named_while_the_others_come_in() {
        openTaste(ana);
        upload("ratings-latin1.csv");
        assertThat(Screen.text()).contains("The file is not UTF-8 text.");

        var csv = "Name,Year,Rating\nHer,2013,7\nAmélie,2001,4.5\n";
        UploadKt._upload(_get(Upload.class), "mine.csv", "text/csv", csv.getBytes(UTF_8));
        pushesArrive();

        assertThat(Screen.text())
                .doesNotContain("not UTF-8")
                .contains("Line 2: the rating “7” is not between ½ and 5 stars in half steps.", "1 new");
        _click(_get(Button.class, spec -> spec.withText("Import")));
        assertThat(myRating(ana, amelie)).isEqualTo(9);
    }

    @Test
    void the_bom_and_reviews_fixtures_import_with_their_words() {
        openTaste(ana);
        upload("reviews.csv");
        _click(_get(Button.class, spec -> spec.withText("Import")));

        loginAs(ana);
        assertThat(ratings.myHistory(slug, tiger)).singleElement().satisfies(r -> {
            assertThat(r.take()).startsWith("Bamboo, rooftops, longing.\nThe last leap");
            assertThat(r.watchedOn()).isEqualTo(LocalDate.of(2024, 2, 10));
        });

        upload("ratings-bom.csv");
        assertThat(Screen.text()).contains("2 new, 0 different from yours", "Her (2013): 4 stars");
    }

    @Test
    void a_member_of_another_club_can_reach_none_of_it() {
        loginAs(ben);
        ratings.rate(slug, her, RatingInput.ofHalves(9, "", null));
        var outsider = newMember("Vic Lane");
        newClub(outsider);
        loginAs(outsider);

        looksMissing(() -> letterboxd.export(slug));
        looksMissing(() -> letterboxd.preview(slug, LetterboxdCsvTest.fixture("diary.csv")));
        looksMissing(() ->
                letterboxd.apply(slug, List.of(new LetterboxdPreview.Item(her, "Her", 2013, 2, null, null, "", 2))));
        loginAs(ben);
        assertThat(ratings.myHistory(slug, her)).extracting(RatingEntry::halves).containsExactly(9);
    }
}
