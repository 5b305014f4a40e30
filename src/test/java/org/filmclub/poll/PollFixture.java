package org.filmclub.poll;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.filmclub.AbstractAppTest;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.springframework.beans.factory.annotation.Autowired;

/** A club with a host and members, nominations, and polls on them, for the poll tests. */
abstract class PollFixture extends AbstractAppTest {

    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    static final Instant NOW = Instant.parse("2027-03-12T12:00:00Z");
    /** 20:00 in Lisbon (UTC in March) on the day of {@link #NOW}. */
    static final LocalDateTime EVENING = LocalDateTime.of(2027, 3, 12, 20, 0);

    @Autowired
    NominationService nominations;

    @Autowired
    PollService polls;

    @Autowired
    PollClosing closing;

    @Autowired
    FilmService films;

    static NominationInput film(String title, int year) {
        return new NominationInput(title, year, "Some Director", 100, "Worth *seeing*.");
    }

    long nominate(MemberProfile who, String slug, String title, int year) {
        loginAs(who);
        return nominations.nominate(slug, film(title, year), true);
    }

    long openPoll(MemberProfile host, String slug, boolean sealed, Long... nominationIds) {
        loginAs(host);
        return polls.open(slug, new PollInput("", List.of(nominationIds), EVENING, LISBON, sealed));
    }

    static Instant at(LocalDateTime local) {
        return local.toInstant(ZoneOffset.UTC);
    }
}
