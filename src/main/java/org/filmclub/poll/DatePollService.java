package org.filmclub.poll;

import static org.filmclub.poll.DatePollLimits.TIMES_MAX;
import static org.filmclub.poll.DatePollLimits.TIMES_MIN;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InputValidator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubMembership;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
import org.filmclub.screening.LocalTimes;
import org.filmclub.screening.ScreeningInput;
import org.filmclub.screening.ScreeningService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding a date: a host proposes times for a screening of a club film, members answer each, and the host
 * turns one into a screening. Every method acts as the current member and checks what they may do; another
 * club's poll looks as if it did not exist.
 */
@Service
public class DatePollService {

    static final String NO_SUCH_POLL = "There is no such date poll in this club.";

    private final DatePollRepository polls;
    private final DateChoices choices;
    private final Availability availability;
    private final ClubAccess access;
    private final FilmService films;
    private final MemberService members;
    private final ScreeningService screenings;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DatePollService(
            DatePollRepository polls,
            DateChoices choices,
            Availability availability,
            ClubAccess access,
            FilmService films,
            MemberService members,
            ScreeningService screenings,
            InputValidator validator,
            ApplicationEventPublisher events,
            Clock clock) {
        this.polls = polls;
        this.choices = choices;
        this.availability = availability;
        this.access = access;
        this.films = films;
        this.members = members;
        this.screenings = screenings;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** @return the new poll's id */
    @Transactional
    public long propose(String slug, DatePollInput input) {
        var membership = access.requireHost(slug, "find a date");
        validator.check(input);
        films.filmIn(membership, input.filmId());
        var times = checkTimes(input);
        var poll = polls.save(new DatePoll(membership.clubId(), membership.memberId(), clock.instant(), input));
        times.forEach(t -> choices.add(poll.getId(), t));
        return poll.getId();
    }

    /** The current member's answer to one time; a second answer replaces the first. */
    @Transactional
    public void answer(String slug, long pollId, long choiceId, DateAnswer answer) {
        if (answer == null) {
            throw InvalidInputException.of("answer", "Answer yes, if need be, or no.");
        }
        var membership = access.requireMember(slug);
        var poll = locked(membership, pollId);
        poll.answered();
        requireChoice(pollId, choiceId);
        availability.set(choiceId, membership.memberId(), answer, clock.instant());
        events.publishEvent(new DatesAnswered(pollId, poll.clubId()));
    }

    /**
     * Makes one of the poll's times a screening, with everyone who said yes to it going (first to say yes,
     * first seated), and closes the poll with a link to it.
     *
     * @return the screening's id
     */
    @Transactional
    public long schedule(String slug, long pollId, long choiceId) {
        var membership = access.requireHost(slug, "turn a time into a screening");
        var poll = locked(membership, pollId);
        poll.requireOpen();
        var choice = requireChoice(pollId, choiceId);
        var yes = availability.of(pollId).stream()
                .filter(a -> a.choiceId() == choiceId && a.answer() == DateAnswer.YES)
                .map(Availability.Row::memberId)
                .toList();
        var start = LocalDateTime.ofInstant(choice.startsAt(), poll.zone());
        var screeningId = screenings.scheduleWithMembersGoing(
                slug,
                new ScreeningInput(
                        poll.filmId(),
                        start,
                        poll.zone(),
                        poll.durationMinutes(),
                        poll.venue(),
                        poll.onlineLink(),
                        poll.seatLimit(),
                        poll.note()),
                yes);
        poll.scheduled(screeningId, clock.instant());
        events.publishEvent(new DatesAnswered(pollId, poll.clubId()));
        return screeningId;
    }

    /** Closes the poll without a screening. */
    @Transactional
    public void close(String slug, long pollId) {
        var membership = access.requireHost(slug, "close a date poll");
        var poll = locked(membership, pollId);
        poll.close(clock.instant());
        events.publishEvent(new DatesAnswered(pollId, poll.clubId()));
    }

    @Transactional(readOnly = true)
    public DatePollPage view(String slug, long pollId) {
        var membership = access.requireMember(slug);
        var poll = polls.findById(pollId)
                .filter(p -> p.clubId() == membership.clubId())
                .orElseThrow(() -> new ContentNotFoundException(NO_SUCH_POLL));
        return new DatePollPage(table(poll, membership.slug()), membership.memberId(), membership.isHost());
    }

    /** The club's open date polls, newest first. */
    @Transactional(readOnly = true)
    public List<DatePollSummary> open(String slug) {
        var membership = access.requireMember(slug);
        var open = polls.findOpen(membership.clubId());
        var titles = films.titles(
                membership.clubId(), open.stream().map(DatePoll::filmId).toList());
        return open.stream()
                .map(p -> new DatePollSummary(
                        p.getId(),
                        p.filmId(),
                        titles.getOrDefault(p.filmId(), "A film"),
                        choices.of(p.getId()).stream()
                                .map(DateChoices.Row::startsAt)
                                .toList()))
                .toList();
    }

    // ---- for the live updates, on behalf of the club's own open pages ----

    /** The poll as every open page shows it; empty when it is gone. Call inside a transaction. */
    Optional<DateTable> read(long pollId) {
        return polls.findById(pollId).map(p -> table(p, access.slugOf(p.clubId())));
    }

    List<Long> openIn(Set<Long> clubIds) {
        return clubIds.isEmpty() ? List.of() : polls.findOpenIds(clubIds);
    }

    // ---- inside ----

    /** Each time as an instant, in the order typed; every problem found at once, each beside its field. */
    private List<Instant> checkTimes(DatePollInput input) {
        var errors = new LinkedHashMap<String, String>();
        var given = input.times();
        if (given.size() > TIMES_MAX) {
            // The form never offers more fields than this; a longer list is crafted and is not read further.
            throw InvalidInputException.of("times", "Propose at most " + TIMES_MAX + " times.");
        }
        var filled = given.stream().filter(t -> t != null).count();
        if (filled < TIMES_MIN) {
            errors.put("times", "Propose at least " + TIMES_MIN + " times.");
        } else if (filled > TIMES_MAX) {
            errors.put("times", "Propose at most " + TIMES_MAX + " times.");
        }
        var seen = new HashMap<Instant, Integer>();
        var instants = new ArrayList<Instant>();
        for (var i = 0; i < given.size(); i++) {
            var local = given.get(i);
            if (local == null) {
                if (filled >= TIMES_MIN) {
                    errors.put("time." + i, "Choose a date and time, or remove this one.");
                }
                continue;
            }
            var at = LocalTimes.resolve(local, input.zone()).instant();
            if (!at.isAfter(clock.instant())) {
                errors.put("time." + i, "That time has passed; choose a time in the future.");
            } else if (seen.containsKey(at)) {
                errors.put("time." + i, "Time " + (seen.get(at) + 1) + " is the same; choose another.");
            } else {
                seen.put(at, i);
                instants.add(at);
            }
        }
        var screening = new ScreeningInput(
                input.filmId(),
                null,
                input.zone(),
                input.durationMinutes(),
                input.venue(),
                input.onlineLink(),
                input.seatLimit(),
                "");
        try {
            validator.check(screening, "durationMinutes", "venue", "onlineLink", "seatLimit");
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().forEach(errors::putIfAbsent);
        }
        if (screening.venue().isEmpty() && screening.onlineLink().isEmpty()) {
            errors.putIfAbsent("venue", "Say where: a place, an online link, or both.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return instants;
    }

    private DateTable table(DatePoll poll, String slug) {
        var current = access.currentMemberIds(poll.clubId());
        var times = choices.of(poll.getId());
        var answers = availability.of(poll.getId()).stream()
                .filter(a -> current.contains(a.memberId()))
                .toList();
        var byMember = new HashMap<Long, Map<Long, DateAnswer>>();
        answers.forEach(a ->
                byMember.computeIfAbsent(a.memberId(), m -> new TreeMap<>()).put(a.choiceId(), a.answer()));
        var names = members.profiles(byMember.keySet());
        var voters = byMember.entrySet().stream()
                .map(e -> new DateTable.Voter(
                        e.getKey(), MemberProfile.nameOf(names.get(e.getKey())), Map.copyOf(e.getValue())))
                .sorted(Comparator.comparing((DateTable.Voter v) -> v.name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparingLong(DateTable.Voter::memberId))
                .toList();
        var totals = times.stream()
                .map(t -> new DateTable.Choice(
                        t.id(),
                        t.startsAt(),
                        count(answers, t.id(), DateAnswer.YES),
                        count(answers, t.id(), DateAnswer.IF_NEED_BE),
                        count(answers, t.id(), DateAnswer.NO)))
                .toList();
        var title = films.titles(poll.clubId(), Set.of(poll.filmId())).getOrDefault(poll.filmId(), "A film");
        return new DateTable(
                poll.getId(),
                poll.clubId(),
                slug,
                poll.filmId(),
                title,
                poll.note(),
                poll.zone(),
                new DateTable.Place(poll.durationMinutes(), poll.venue(), poll.onlineLink(), poll.seatLimit()),
                poll.status(),
                poll.revision(),
                Optional.ofNullable(poll.screeningId()),
                totals,
                voters,
                DateTable.best(totals));
    }

    private static int count(List<Availability.Row> answers, long choiceId, DateAnswer answer) {
        return (int) answers.stream()
                .filter(a -> a.choiceId() == choiceId && a.answer() == answer)
                .count();
    }

    private DateChoices.Row requireChoice(long pollId, long choiceId) {
        return choices.of(pollId).stream()
                .filter(c -> c.id() == choiceId)
                .findFirst()
                .orElseThrow(() -> new ContentNotFoundException("There is no such time in this date poll."));
    }

    private DatePoll locked(ClubMembership membership, long pollId) {
        return polls.lockById(pollId)
                .filter(p -> p.clubId() == membership.clubId())
                .orElseThrow(() -> new ContentNotFoundException(NO_SUCH_POLL));
    }
}
