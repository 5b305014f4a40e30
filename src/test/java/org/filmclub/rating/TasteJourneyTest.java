package org.filmclub.rating;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.base.ui.NotFoundView;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.rating.ui.TasteView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A club's taste, as its members see it on its page. */
class TasteJourneyTest extends AbstractAppTest {

    @Autowired
    FilmService films;

    @Autowired
    RatingService ratings;

    @Autowired
    TasteService taste;

    private MemberProfile ana;
    private MemberProfile ben;
    private MemberProfile cleo;
    private String slug;
    private long her;
    private long arrival;
    private long stalker;

    @BeforeEach
    void aClubWithThreeFilms() {
        clock.stopAt(Instant.parse("2026-12-01T12:00:00Z"));
        ana = newMember("Ana Host");
        ben = newMember("Ben Okafor");
        cleo = newMember("Cleo Marsh");
        slug = newClub(ana, ben, cleo);
        loginAs(ana);
        her = films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
        arrival = films.add(slug, new FilmDetails("Arrival", 2016, "Denis Villeneuve", 116, "", ""))
                .id();
        stalker = films.add(slug, new FilmDetails("Stalker", 1979, "Andrei Tarkovsky", 161, "", ""))
                .id();
    }

    private void rate(MemberProfile member, long film, int halves) {
        loginAs(member);
        ratings.rate(slug, film, RatingInput.ofHalves(halves, "", LocalDate.of(2026, 11, (int) (film % 28) + 1)));
    }

    private String page(MemberProfile member) {
        loginAs(member);
        UI.getCurrent().navigate(TasteView.path(slug));
        NavigatorKt.expectView(TasteView.class);
        return Screen.text();
    }

    @Test
    void the_taste_page_shows_averages_the_divisive_the_moved_who_agrees_and_each_diary() {
        for (var film : List.of(her, arrival, stalker)) {
            rate(ana, film, 8);
            rate(ben, film, 8);
        }
        rate(cleo, her, 2);
        rate(cleo, arrival, 10);
        rate(ben, her, 10); // Ben moved: 4 → 5

        var text = page(ana);

        assertThat(text)
                .contains("Films by the club's average", "Her (2013)", "Arrival (2016)", "Stalker (1979)")
                .contains("The most divisive", "standard deviation")
                .contains("What the discussion moved", "3.0 → 3.3")
                .contains("Who agrees with whom", "1 − (the mean difference", "at least 3 films in common")
                .contains("Ana Host & Ben Okafor", "Diaries", "Cleo Marsh", "4 → 5");
        // Ana and Ben differ by 1 star on one film of three: 1 − (1/3)/4.5 = 93%.
        assertThat(text).contains("93%");
        // Cleo shares only two films with anyone, so she is in no pair.
        assertThat(text).doesNotContain("& Cleo Marsh", "Ben Okafor & Cleo");
    }

    @Test
    void films_the_viewer_has_not_rated_stay_out_while_the_club_hides_its_ratings() {
        rate(ben, stalker, 3);
        rate(ben, her, 9);
        rate(cleo, her, 7);

        var text = page(cleo);
        assertThat(text)
                .contains("1 film is left out until you rate it", "Her (2013)")
                .doesNotContain("Stalker");

        loginAs(ana);
        ratings.setHiddenUntilRated(slug, false);
        assertThat(page(cleo)).contains("Stalker (1979)").doesNotContain("left out until you rate");
    }

    @Test
    void a_member_who_left_stops_counting() {
        rate(ana, her, 10);
        rate(ben, her, 2);
        loginAs(ben);
        clubService.leave(slug);

        var text = page(ana);

        assertThat(text).contains("5.0 stars").doesNotContain("Ben Okafor", "3.0 stars");
    }

    @Test
    void the_clubs_home_leads_to_the_taste_page() {
        loginAs(cleo);
        UI.getCurrent().navigate("clubs/" + slug);

        assertThat(_get(Anchor.class, spec -> spec.withText("See the club's taste"))
                        .getHref())
                .isEqualTo(TasteView.path(slug));
    }

    @Test
    void a_member_of_another_club_can_reach_none_of_it() {
        rate(ben, her, 9);
        var outsider = newMember("Vic Lane");
        var theirs = newClub(outsider);
        loginAs(outsider);

        looksMissing(() -> taste.taste(slug));
        looksMissing(() -> ratings.club(slug));
        UI.getCurrent().navigate(TasteView.path(slug));
        NavigatorKt.expectView(NotFoundView.class);
        assertThat(Screen.text()).doesNotContain("Her (2013)", "Ben Okafor");
        UI.getCurrent().navigate(TasteView.path(theirs));
        NavigatorKt.expectView(TasteView.class);
        assertThat(Screen.text()).doesNotContain("Her (2013)", "Ben Okafor");
    }
}
