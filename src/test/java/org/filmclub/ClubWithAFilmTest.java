package org.filmclub;

import java.time.Instant;
import java.util.Optional;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests that start from one club with a film: Ana hosts, Ben and Cleo are members, and Ana has added
 * "Her" (2013). Ana is left logged in.
 */
public abstract class ClubWithAFilmTest extends AbstractAppTest {

    protected MemberProfile host;
    protected MemberProfile ben;
    protected MemberProfile cleo;
    protected String slug;
    protected long filmId;

    /** Cleo's time zone; Ana and Ben live in Lisbon's. */
    protected String cleosTimeZone() {
        return "Europe/Lisbon";
    }

    /** Where the clock stands still from before the club is made; empty leaves it running. */
    protected Optional<Instant> clockStandsAt() {
        return Optional.empty();
    }

    @BeforeEach
    void clubWithAFilm() {
        clockStandsAt().ifPresent(clock::stopAt);
        host = newMember("Ana Ruiz");
        ben = newMember("Ben Okafor");
        cleo = newMember("Cleo Park", cleosTimeZone());
        slug = newClub(host, ben, cleo);
        loginAs(host);
        filmId = context.getBean(FilmService.class)
                .add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
    }
}
