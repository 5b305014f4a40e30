package org.filmclub.poll;

import static org.filmclub.poll.PollLimits.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InputValidator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubMembership;
import org.filmclub.member.CurrentMember;
import org.filmclub.screening.LocalTimes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ranked-choice polls on the club's nominations. Every method acts as the current member and checks
 * what they may do; a poll of another club looks as if it did not exist.
 */
@Service
public class PollService {

    static final String NO_SUCH_POLL = "There is no such poll in this club.";
    static final int CLOSED_SHOWN = 10;

    private final PollRepository polls;
    private final NominationRepository nominations;
    private final Ballots ballots;
    private final PollCounts counts;
    private final ClubAccess access;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final InputValidator validator;
    private final Clock clock;
    private final TransactionTemplate transactions;

    PollService(
            PollRepository polls,
            NominationRepository nominations,
            Ballots ballots,
            PollCounts counts,
            ClubAccess access,
            CurrentMember currentMember,
            ApplicationEventPublisher events,
            InputValidator validator,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.polls = polls;
        this.nominations = nominations;
        this.ballots = ballots;
        this.counts = counts;
        this.access = access;
        this.currentMember = currentMember;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * A host opens a poll on two or more of the club's open nominations, closing at a wall-clock time in
     * a zone of their choosing. @return the poll's id
     */
    @Transactional
    public long open(String slug, PollInput input) {
        var membership = access.requireHost(slug, "open a poll");
        var checked = validator.check(input);
        var ids = new LinkedHashSet<>(checked.nominationIds());
        if (ids.size() < CHOICES_MIN) {
            throw InvalidInputException.of("nominationIds", "Choose at least " + CHOICES_MIN + " nominations.");
        }
        if (ids.size() > CHOICES_MAX) {
            throw InvalidInputException.of("nominationIds", "A poll offers at most " + CHOICES_MAX + " films.");
        }
        if (polls.countOpen(membership.clubId()) >= POLLS_OPEN_MAX) {
            throw InvalidInputException.of(
                    "nominationIds",
                    "The club already has " + POLLS_OPEN_MAX + " open polls; close one before opening another.");
        }
        var found = nominations.findAllOrdered(ids);
        if (found.size() != ids.size() || found.stream().anyMatch(n -> n.clubId() != membership.clubId())) {
            throw new ContentNotFoundException(NominationService.NO_SUCH_NOMINATION);
        }
        for (var n : found) {
            if (!n.isOpen()) {
                throw InvalidInputException.of(
                        "nominationIds",
                        n.title() + " (" + n.year() + ") is no longer nominated; choose among the open nominations.");
            }
        }
        var closes = LocalTimes.resolve(checked.closes(), checked.zone()).instant();
        var now = clock.instant();
        if (!closes.isAfter(now)) {
            throw InvalidInputException.of("closes", "That time has passed; choose a closing time in the future.");
        }
        if (closes.isAfter(now.plus(OPEN_AT_MOST))) {
            throw InvalidInputException.of(
                    "closes", "A poll closes within " + OPEN_AT_MOST.toDays() + " days of opening.");
        }
        var poll = polls.save(new Poll(
                membership.clubId(),
                checked.title(),
                checked.sealed(),
                closes,
                checked.zone(),
                membership.memberId(),
                now));
        ballots.addChoices(poll.getId(), ids);
        return poll.getId();
    }

    /** The poll as the current member sees it. */
    @Transactional(readOnly = true)
    public PollPage poll(String slug, long pollId) {
        var membership = access.requireMember(slug);
        return counts.page(membership, inClub(membership, pollId));
    }

    /** The club's open polls, soonest closing first, then the last few closed. */
    @Transactional(readOnly = true)
    public List<PollSummary> polls(String slug) {
        var membership = access.requireMember(slug);
        var list = new ArrayList<>(polls.findOpen(membership.clubId()));
        list.addAll(polls.findClosed(membership.clubId(), Limit.of(CLOSED_SHOWN)));
        var ids = list.stream().map(Poll::getId).toList();
        var numbers = ballots.counts(ids);
        var mine = new HashSet<>(ballots.votedIn(ids, membership.memberId()));
        var winners = new HashSet<Long>();
        list.stream().map(Poll::winnerId).filter(java.util.Objects::nonNull).forEach(winners::add);
        var labels = new java.util.HashMap<Long, String>();
        nominations.findAllById(winners).forEach(n -> labels.put(n.getId(), n.title() + " (" + n.year() + ")"));
        return list.stream()
                .map(p -> new PollSummary(
                        p.getId(),
                        p.title(),
                        p.sealed(),
                        !p.closed(),
                        p.closesAt(),
                        p.closed() ? p.countedBallots() : numbers.getOrDefault(p.getId(), 0),
                        mine.contains(p.getId()),
                        p.winnerId() == null ? null : labels.get(p.winnerId())))
                .toList();
    }

    /**
     * Stores the member's ranking, most preferred first, replacing their earlier one; as many choices
     * as they like, each once, all of this poll. Refused once the poll closed, saying when.
     */
    public void vote(String slug, long pollId, List<Long> ranking) {
        try {
            castOnce(slug, pollId, ranking);
        } catch (DataIntegrityViolationException otherTabFirst) {
            // The member's other tab stored its first ballot at the same moment: this one replaces it.
            castOnce(slug, pollId, ranking);
        }
    }

    /** A host closes the poll before its time; it is counted at once. */
    public void close(String slug, long pollId) {
        transactions.executeWithoutResult(status -> {
            var membership = access.requireHost(slug, "close a poll");
            var poll = inClub(membership, pollId);
            if (poll.closed()) {
                throw new NotPermittedException("This poll is already closed.");
            }
        });
        counts.close(pollId);
    }

    private void castOnce(String slug, long pollId, List<Long> input) {
        transactions.executeWithoutResult(status -> {
            var membership = access.requireMember(slug);
            var poll = polls.lockForBallot(pollId, membership.clubId())
                    .orElseThrow(() -> new ContentNotFoundException(NO_SUCH_POLL));
            var now = clock.instant();
            poll.requireTakesBallots(now, currentMember.require().timeZone());
            var ranking = checkedRanking(input);
            var choices = new HashSet<>(ballots.choices(pollId));
            if (!choices.containsAll(ranking)) {
                throw InvalidInputException.of("ranking", "That film is not a choice in this poll.");
            }
            ballots.put(pollId, membership.memberId(), ranking, now);
            events.publishEvent(new BallotsChanged(pollId));
        });
    }

    private static List<Long> checkedRanking(List<Long> ranking) {
        if (ranking == null || ranking.isEmpty()) {
            throw InvalidInputException.of("ranking", "Rank at least one film.");
        }
        if (ranking.size() > CHOICES_MAX) {
            throw InvalidInputException.of("ranking", "A poll offers at most " + CHOICES_MAX + " films.");
        }
        if (new HashSet<>(ranking).size() != ranking.size() || ranking.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInputException.of("ranking", "A ballot ranks each film once.");
        }
        return List.copyOf(ranking);
    }

    Poll inClub(ClubMembership membership, long pollId) {
        return polls.findByIdAndClubId(pollId, membership.clubId())
                .orElseThrow(() -> new ContentNotFoundException(NO_SUCH_POLL));
    }
}
