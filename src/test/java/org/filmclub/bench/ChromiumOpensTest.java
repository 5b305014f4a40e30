package org.filmclub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;
import org.filmclub.AbstractAppTest;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link ChromiumOpens} times real page opens: a member's film page, with a discussion, in Chromium. */
class ChromiumOpensTest extends AbstractAppTest {

    private static final long THIRTY_SECONDS = 30_000_000_000L;

    @Autowired
    FilmService films;

    @Autowired
    DiscussionService discussion;

    @Test
    void times_each_open_of_a_film_page_until_its_first_discussion_row_shows() {
        var member = newMember("Ana");
        var slug = newClub(member);
        var filmId = films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
        discussion.post(
                slug,
                filmId,
                "The voice is the whole film.",
                null,
                UUID.randomUUID().toString());
        discussion.post(
                slug, filmId, "And the trousers.", null, UUID.randomUUID().toString());

        ChromiumOpens.Opens opens;
        try (var browser = new ChromiumOpens(port, member.username(), PASSWORD)) {
            opens = browser.open("clubs/" + slug + "/films/" + filmId, 1, 3);
        }
        var times = opens.firstRow();

        System.out.printf(
                "Film page to first discussion row, in ms: %s%n",
                Arrays.toString(Arrays.stream(times).mapToDouble(t -> t / 1e6).toArray()));
        assertThat(times).hasSize(3).isSorted();
        assertThat(times[0]).as("the quickest open").isPositive();
        assertThat(times[2]).as("the slowest open").isLessThan(THIRTY_SECONDS);
        assertThat(opens.document()).hasSize(3).isSorted();
        assertThat(opens.document()[0])
                .as("the page's HTML, which comes before its rows")
                .isPositive();
        assertThat(opens.document()[2]).isLessThanOrEqualTo(times[2]);
    }
}
