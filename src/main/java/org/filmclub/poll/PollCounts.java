package org.filmclub.poll;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubMembership;
import org.filmclub.film.FilmService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counting a poll: its standings while open, and the close, which happens once per poll whoever asks
 * (the host, the schedule, a second node, a start after downtime) and stores the count for good.
 * Only ballots of members still in the club count.
 */
@Component
class PollCounts {

    private final PollRepository polls;
    private final NominationRepository nominations;
    private final Ballots ballots;
    private final ClubAccess access;
    private final FilmService films;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PollCounts(
            PollRepository polls,
            NominationRepository nominations,
            Ballots ballots,
            ClubAccess access,
            FilmService films,
            ObjectMapper json,
            ApplicationEventPublisher events,
            Clock clock) {
        this.polls = polls;
        this.nominations = nominations;
        this.ballots = ballots;
        this.access = access;
        this.films = films;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** The ballots that count now, by member, and how many of those who left were set aside. */
    record Counted(Map<Long, List<Long>> ballots, int left) {}

    Counted counted(Poll poll) {
        var all = ballots.all(poll.getId());
        var current = access.currentMembersAmong(poll.clubId(), all.keySet());
        var kept = new LinkedHashMap<Long, List<Long>>();
        all.forEach((member, ranking) -> {
            if (current.contains(member)) {
                kept.put(member, ranking);
            }
        });
        return new Counted(kept, all.size() - kept.size());
    }

    PollPage page(ClubMembership membership, Poll poll) {
        var choiceIds = ballots.choices(poll.getId());
        var choices = nominations.findAllOrdered(choiceIds).stream()
                .map(n -> new PollChoice(
                        n.getId(), n.title(), n.year(), n.director(), n.runtimeMinutes(), n.pitchHtml(), n.isOpen()))
                .toList();
        var mine = ballots.of(poll.getId(), membership.memberId()).orElse(List.of());
        RunoffResult standings = null;
        PollResult result = null;
        int cast;
        if (poll.closed()) {
            result = result(poll);
            cast = poll.countedBallots();
        } else {
            var counted = counted(poll);
            cast = counted.ballots().size();
            if (!poll.sealed()) {
                standings = InstantRunoff.count(choiceIds, counted.ballots().values());
            }
        }
        return new PollPage(
                poll.getId(),
                poll.clubId(),
                membership.slug(),
                poll.title(),
                poll.sealed(),
                poll.closesAt(),
                poll.zone(),
                !poll.closed(),
                choices,
                mine,
                cast,
                standings,
                result,
                membership.isHost());
    }

    /** What open pages of the poll show after a change: the same for every member. */
    @Transactional(readOnly = true)
    public PollStandings standings(long pollId) {
        var poll = polls.findById(pollId).orElse(null);
        if (poll == null) {
            return null;
        }
        if (poll.closed()) {
            return new PollStandings(pollId, poll.countedBallots(), null, true);
        }
        var counted = counted(poll);
        return new PollStandings(
                pollId,
                counted.ballots().size(),
                poll.sealed()
                        ? null
                        : InstantRunoff.count(
                                ballots.choices(pollId), counted.ballots().values()),
                false);
    }

    /**
     * Closes and counts the poll, unless someone else did. The row is claimed by one conditional update,
     * which waits for ballots under way and makes every later ballot find the poll closed; the count,
     * the winner's film and the claim commit together, or none of them does.
     *
     * @return whether this call closed it
     */
    @Transactional
    public boolean close(long pollId) {
        var open = polls.findById(pollId).filter(p -> !p.closed());
        if (open.isEmpty()) {
            return false;
        }
        var now = clock.instant();
        var closesAt = open.get().closesAt();
        var at = now.isBefore(closesAt) ? now : closesAt;
        if (polls.claimClose(pollId, at) != 1) {
            return false;
        }
        var poll = polls.findById(pollId).orElseThrow();
        var counted = counted(poll);
        var count =
                InstantRunoff.count(ballots.choices(pollId), counted.ballots().values());
        Long filmId = null;
        if (count.winner() != null) {
            var winner = nominations.findById(count.winner()).orElseThrow();
            filmId = films.filmFor(poll.clubId(), winner.authorId(), winner.toFilm())
                    .id();
        }
        poll.recordResult(
                write(count), count.winner(), filmId, counted.ballots().size(), counted.left());
        events.publishEvent(new BallotsChanged(pollId));
        return true;
    }

    PollResult result(Poll poll) {
        try {
            var count = json.readValue(poll.result(), RunoffResult.class);
            return new PollResult(
                    poll.closedAt(),
                    count,
                    poll.winnerId(),
                    poll.winnerFilmId(),
                    poll.countedBallots(),
                    poll.leftBallots());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored count of poll " + poll.getId() + " cannot be read", e);
        }
    }

    private String write(RunoffResult count) {
        try {
            return json.writeValueAsString(count);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A count could not be written", e);
        }
    }
}
