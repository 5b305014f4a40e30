package org.filmclub.question;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.filmclub.AbstractAppTest;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.question.QuestionService.Proposal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Many members voting on one board at once: the club, its questions, and a voter's own thread. */
abstract class VotingTest extends AbstractAppTest {

    @Autowired
    QuestionService questions;

    @Autowired
    FilmService films;

    /** A club of {@code voters} members and a host, and a film whose board has {@code questions} open questions. */
    record Board(String slug, long filmId, List<MemberProfile> voters, List<Long> questionIds) {}

    Board board(int voters, int questions) {
        var host = newMember("Host");
        var members = new ArrayList<MemberProfile>();
        for (var i = 0; i < voters; i++) {
            members.add(newMember("Voter " + i));
        }
        var slug = newClub(host, members.toArray(MemberProfile[]::new));
        loginAs(host);
        var filmId = films.add(slug, new FilmDetails("Rashomon", 1950, "Akira Kurosawa", 88, "", ""))
                .id();
        var ids = new ArrayList<Long>();
        var asked = clock.instant();
        try {
            for (var i = 0; i < questions; i++) {
                // One host proposes them all: spread over time, as the flood limit wants.
                clock.stopAt(asked.plus(QuestionLimits.FLOOD.window().multipliedBy(i)));
                ids.add(this.questions.propose(
                        slug,
                        filmId,
                        new Proposal("Question number " + i + "?", false, ""),
                        true,
                        UUID.randomUUID().toString()));
            }
        } finally {
            clock.resume();
        }
        return new Board(slug, filmId, List.copyOf(members), List.copyOf(ids));
    }

    /** Acts as this voter on the calling thread, as a request of theirs would. */
    static void actAs(MemberProfile voter) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(voter.username(), null, List.of()));
    }
}
