package org.filmclub.screening;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InputValidator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubMembership;
import org.filmclub.club.MembershipEnded;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
import org.filmclub.screening.ScreeningChanged.What;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screenings of a club's films. Every method acts as the current member and checks what they may
 * do. Answers that compete for seats lock the screening first, so a seat limit is never exceeded.
 */
@Service
public class ScreeningService {

    static final String NO_SUCH_SCREENING = "There is no such screening in this club.";
    static final String OWN_ANSWER = "Your own answer is yours to change: choose it under Your answer.";

    private final ScreeningRepository screenings;
    private final Rsvps rsvps;
    private final Attendance attendance;
    private final ClubAccess access;
    private final FilmService films;
    private final MemberService members;
    private final InputValidator validator;
    private final ScreeningMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScreeningService(
            ScreeningRepository screenings,
            Rsvps rsvps,
            Attendance attendance,
            ClubAccess access,
            FilmService films,
            MemberService members,
            InputValidator validator,
            ScreeningMails mails,
            ApplicationEventPublisher events,
            Clock clock) {
        this.screenings = screenings;
        this.rsvps = rsvps;
        this.attendance = attendance;
        this.access = access;
        this.films = films;
        this.members = members;
        this.validator = validator;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /** What scheduling would do with this input: the start it resolves to, and a note when the clock jumps then. */
    public LocalTimes.Resolved resolve(ScreeningInput input) {
        return LocalTimes.resolve(input.start(), input.zone());
    }

    @Transactional
    public long schedule(String slug, ScreeningInput input) {
        var membership = access.requireHost(slug, "schedule screenings");
        var screening = new Screening(membership.clubId(), membership.memberId(), clock.instant());
        apply(membership, screening, input, true);
        var saved = screenings.save(screening);
        mails.scheduled(saved, membership.memberId());
        return saved.getId();
    }

    /**
     * Schedules a screening whose time the club chose together, with these members already "going", in the
     * order given: as many as there are seats take them, the rest join the waitlist in that order. Anyone no
     * longer in the club is left out.
     */
    @Transactional
    public long scheduleWithMembersGoing(String slug, ScreeningInput input, List<Long> goingInOrder) {
        var id = schedule(slug, input);
        var screening = screenings.lockById(id).orElseThrow();
        var current = access.currentMembersAmong(screening.clubId(), goingInOrder);
        var now = clock.instant();
        var place = 0;
        for (var memberId :
                goingInOrder.stream().distinct().filter(current::contains).toList()) {
            var full = screening.seatLimit() != null && place >= screening.seatLimit();
            // A microsecond apart, so that the waitlist keeps the order given.
            rsvps.set(id, memberId, full ? Answer.WAITLIST : Answer.GOING, now.plusNanos(place * 1000L));
            place++;
        }
        return id;
    }

    /**
     * Changes a screening; members who answered hear about a new time or place. Fewer seats than
     * members going is refused with {@link SeatsWouldMoveException} unless {@code moveToWaitlist}:
     * then the last to say "going" move to the front of the waitlist.
     */
    @Transactional
    public void edit(String slug, long screeningId, ScreeningInput input, boolean moveToWaitlist) {
        var membership = access.requireHost(slug, "change screenings");
        var screening = locked(membership, screeningId);
        screening.requireChangeable();
        validator.check(input);
        var going = rsvps.all(screeningId).stream()
                .filter(r -> r.answer() == Answer.GOING)
                .toList();
        var seats = input.seatLimit();
        var moving = seats == null || going.size() <= seats ? List.<Rsvps.Row>of() : going.subList(seats, going.size());
        if (!moving.isEmpty() && !moveToWaitlist) {
            var names =
                    members.profiles(moving.stream().map(Rsvps.Row::memberId).toList());
            throw new SeatsWouldMoveException(moving.stream()
                    .map(r -> MemberProfile.nameOf(names.get(r.memberId())))
                    .toList());
        }
        var changes = apply(membership, screening, input, false);
        moving.forEach(r -> rsvps.move(screeningId, r.memberId(), Answer.WAITLIST));
        if (!moving.isEmpty()) {
            events.publishEvent(new ScreeningChanged(
                    screeningId,
                    screening.clubId(),
                    membership.slug(),
                    filmTitle(screening),
                    What.MOVED_TO_WAITLIST,
                    moving.stream().map(Rsvps.Row::memberId).collect(Collectors.toUnmodifiableSet())));
        }
        if (seats == null || going.size() < seats) {
            fillSeats(screening, membership.slug());
        }
        if (changes.contains(Screening.Change.TIME)) {
            tellThoseWhoAnswered(screening, membership, What.TIME_CHANGED);
        } else if (changes.contains(Screening.Change.PLACE)) {
            tellThoseWhoAnswered(screening, membership, What.PLACE_CHANGED);
        }
        if (!changes.isEmpty()) {
            // After the seats moved, so each calendar entry carries the member's answer as it now stands.
            mails.changed(screening, membership.memberId(), changes);
        }
    }

    @Transactional
    public void cancel(String slug, long screeningId) {
        var membership = access.requireHost(slug, "cancel screenings");
        var screening = locked(membership, screeningId);
        var wasLive = screening.isLive();
        screening.cancel(clock.instant());
        tellThoseWhoAnswered(screening, membership, What.CANCELLED);
        mails.cancelled(screening, membership.memberId());
        if (wasLive) {
            events.publishEvent(live(screening, membership, false));
        }
    }

    /**
     * Answers for the current member. "Going" beyond the seat limit joins the waitlist instead.
     *
     * @return the answer recorded: {@link Answer#WAITLIST} when every seat was taken
     */
    @Transactional
    public Answer rsvp(String slug, long screeningId, Answer answer) {
        if (answer == Answer.WAITLIST) {
            throw InvalidInputException.of("answer", "Answer going, maybe or can't go.");
        }
        var membership = access.requireMember(slug);
        var screening = locked(membership, screeningId);
        screening.requireOpenForAnswers(clock.instant());
        var me = membership.memberId();
        var before = rsvps.answerOf(screeningId, me);
        if (before.isPresent()
                && (before.get() == answer || (before.get() == Answer.WAITLIST && answer == Answer.GOING))) {
            return before.get();
        }
        var recorded = answer;
        if (answer == Answer.GOING
                && screening.seatLimit() != null
                && rsvps.count(screeningId, Answer.GOING) >= screening.seatLimit()) {
            recorded = Answer.WAITLIST;
        }
        rsvps.set(screeningId, me, recorded, clock.instant());
        if (before.orElse(null) == Answer.GOING) {
            fillSeats(screening, membership.slug());
        }
        return recorded;
    }

    /** A host takes a member's answer off the list; a seat it frees goes to the waitlist. */
    @Transactional
    public void removeRsvp(String slug, long screeningId, long memberId) {
        var membership = access.requireHost(slug, "remove answers");
        if (memberId == membership.memberId()) {
            // A host's own answer is hers to give: she changes it under "Your answer", as every member does.
            throw new NotPermittedException(OWN_ANSWER);
        }
        var screening = locked(membership, screeningId);
        var before = rsvps.answerOf(screeningId, memberId);
        if (rsvps.remove(screeningId, memberId) && before.orElse(null) == Answer.GOING) {
            fillSeats(screening, membership.slug());
        }
    }

    /**
     * A member who left or was removed keeps no seat: their answers to the club's screenings still to come go,
     * in the transaction that ended the membership, and each seat freed goes to the first on the waitlist.
     * Answers to screenings that are over stay, as the record of who came.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void membershipEnded(MembershipEnded ended) {
        for (var screeningId : rsvps.upcomingAnsweredBy(ended.memberId(), ended.clubId(), clock.instant())) {
            var screening = screenings.lockById(screeningId).orElseThrow();
            var before = rsvps.answerOf(screeningId, ended.memberId());
            if (rsvps.remove(screeningId, ended.memberId()) && before.orElse(null) == Answer.GOING) {
                fillSeats(screening, ended.clubSlug());
            }
        }
    }

    @Transactional
    public void start(String slug, long screeningId) {
        var membership = access.requireHost(slug, "start screenings");
        var screening = locked(membership, screeningId);
        screening.start(clock.instant());
        attendance.arrive(screeningId, membership.memberId(), clock.instant());
        events.publishEvent(live(screening, membership, true));
    }

    @Transactional
    public void end(String slug, long screeningId) {
        var membership = access.requireHost(slug, "end screenings");
        var screening = locked(membership, screeningId);
        screening.end(clock.instant());
        events.publishEvent(live(screening, membership, false));
    }

    /** The current member came into the live room: while it is live, that counts as attending. */
    @Transactional
    public void enterRoom(String slug, long screeningId) {
        var membership = access.requireMember(slug);
        var screening = screening(membership, screeningId);
        if (screening.isLive()) {
            attendance.arrive(screeningId, membership.memberId(), clock.instant());
        }
    }

    // ---- inside ----

    private Set<Screening.Change> apply(
            ClubMembership membership, Screening screening, ScreeningInput input, boolean isNew) {
        var checked = validator.check(input);
        var film = films.filmIn(membership, checked.filmId());
        var resolved = LocalTimes.resolve(checked.start(), checked.zone());
        var start = resolved.instant();
        if (isNew && !start.isAfter(clock.instant())) {
            throw InvalidInputException.of("start", "That time has passed; choose a time in the future.");
        }
        checkPlace(checked);
        var end = start.plus(Duration.ofMinutes(checked.durationMinutes()));
        return screening.schedule(
                film.id(),
                start,
                end,
                checked.zone(),
                checked.venue(),
                checked.onlineLink(),
                checked.seatLimit(),
                checked.note(),
                clock.instant());
    }

    static void checkPlace(ScreeningInput checked) {
        if (checked.venue().isEmpty() && checked.onlineLink().isEmpty()) {
            throw InvalidInputException.of("venue", "Say where: a place, an online link, or both.");
        }
    }

    /** Offers freed seats to the waitlist, first come first served, and tells each member who got one. */
    private void fillSeats(Screening screening, String slug) {
        var limit = screening.seatLimit();
        var rows = rsvps.all(screening.getId());
        var going = rows.stream().filter(r -> r.answer() == Answer.GOING).count();
        var promoted = new HashSet<Long>();
        for (var row : rows) {
            if (row.answer() == Answer.WAITLIST && (limit == null || going < limit)) {
                rsvps.move(screening.getId(), row.memberId(), Answer.GOING);
                promoted.add(row.memberId());
                going++;
            }
        }
        if (!promoted.isEmpty()) {
            events.publishEvent(new ScreeningChanged(
                    screening.getId(),
                    screening.clubId(),
                    slug,
                    filmTitle(screening),
                    What.SEAT_FREED,
                    Set.copyOf(promoted)));
        }
    }

    private void tellThoseWhoAnswered(Screening screening, ClubMembership membership, What what) {
        var recipients = rsvps.all(screening.getId()).stream()
                .map(Rsvps.Row::memberId)
                .filter(id -> id != membership.memberId())
                .collect(Collectors.toUnmodifiableSet());
        if (!recipients.isEmpty()) {
            events.publishEvent(new ScreeningChanged(
                    screening.getId(), screening.clubId(), membership.slug(), filmTitle(screening), what, recipients));
        }
    }

    private ScreeningLive live(Screening screening, ClubMembership membership, boolean live) {
        return new ScreeningLive(screening.clubId(), screening.getId(), membership.slug(), filmTitle(screening), live);
    }

    private Screening locked(ClubMembership membership, long screeningId) {
        var screening = screenings
                .lockById(screeningId)
                .filter(s -> s.clubId() == membership.clubId())
                .orElseThrow(() -> new ContentNotFoundException(NO_SUCH_SCREENING));
        return screening;
    }

    private String filmTitle(Screening screening) {
        return films.titles(screening.clubId(), Set.of(screening.filmId())).getOrDefault(screening.filmId(), "A film");
    }

    private Screening screening(ClubMembership membership, long screeningId) {
        return screenings
                .findById(screeningId)
                .filter(s -> s.clubId() == membership.clubId())
                .orElseThrow(() -> new ContentNotFoundException(NO_SUCH_SCREENING));
    }
}
