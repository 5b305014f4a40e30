package org.filmclub.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.filmclub.AbstractAppTest;
import org.filmclub.club.ClubDetails;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.screening.ScreeningInput;
import org.filmclub.screening.ScreeningService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The browser tab says where the member is: the page, the club it belongs to, then the app. */
class PageTitlesTest extends AbstractAppTest {

    @Autowired
    FilmService films;

    @Autowired
    ScreeningService screenings;

    @Test
    void titles_name_the_film_the_screening_and_the_club_the_member_is_in() {
        var host = newMember("Rosa Nunes");
        loginAs(host);
        var clubName = unique("Friday Film Club");
        var slug = clubService.create(new ClubDetails(clubName, "", "")).slug();
        var filmId = films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
        var start = LocalDateTime.now(clock)
                .plusDays(7)
                .withHour(20)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        var screeningId = screenings.schedule(
                slug, new ScreeningInput(filmId, start, ZoneId.of("Europe/Lisbon"), 130, "Cinema Ideal", "", null, ""));

        assertThat(titleAt("clubs/" + slug)).isEqualTo(clubName + " — Filmclub");
        assertThat(titleAt("clubs/" + slug + "/films/" + filmId)).isEqualTo("Her — " + clubName + " — Filmclub");
        assertThat(titleAt("clubs/" + slug + "/screenings/" + screeningId))
                .isEqualTo("Screening of Her — " + clubName + " — Filmclub");
        assertThat(titleAt("clubs/" + slug + "/taste")).isEqualTo("The club's taste — " + clubName + " — Filmclub");
        assertThat(titleAt("clubs/" + slug + "/settings")).isEqualTo("Club settings — " + clubName + " — Filmclub");
        assertThat(titleAt("profile")).isEqualTo("Profile — Filmclub");
        assertThat(titleAt("clubs")).isEqualTo("My clubs — Filmclub");
        assertThat(titleAt("clubs/no-such-club")).isEqualTo("Not found — Filmclub");
    }

    @Test
    void the_format_leaves_out_blank_places() {
        assertThat(PageTitles.of("Her", "", "Friday Film Club")).isEqualTo("Her — Friday Film Club — Filmclub");
        assertThat(PageTitles.of()).isEqualTo("Filmclub");
    }

    private static String titleAt(String path) {
        UI.getCurrent().navigate(path);
        return UI.getCurrent().getInternals().getTitle();
    }
}
