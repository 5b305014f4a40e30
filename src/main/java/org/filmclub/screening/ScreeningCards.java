package org.filmclub.screening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.filmclub.club.ClubMembership;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
import org.filmclub.question.QuestionService;
import org.springframework.stereotype.Component;

/**
 * Screenings as a member sees them: who answered what, and for one that ended, who was in the room and what
 * the club discussed. {@link ScheduleService} has checked the member may see them before it asks.
 */
@Component
class ScreeningCards {

    private final Rsvps rsvps;
    private final Attendance attendance;
    private final FilmService films;
    private final MemberService members;
    private final DiscussionService discussion;
    private final QuestionService questions;
    private final Clock clock;

    ScreeningCards(
            Rsvps rsvps,
            Attendance attendance,
            FilmService films,
            MemberService members,
            DiscussionService discussion,
            QuestionService questions,
            Clock clock) {
        this.rsvps = rsvps;
        this.attendance = attendance;
        this.films = films;
        this.members = members;
        this.discussion = discussion;
        this.questions = questions;
        this.clock = clock;
    }

    /** Upcoming screenings, soonest first as given; those over, most recent first. */
    ScheduleService.Schedule split(ClubMembership membership, List<Screening> list) {
        var now = clock.instant();
        var upcoming = new ArrayList<ScreeningCard>();
        var past = new ArrayList<ScreeningCard>();
        for (var s : list) {
            var over = s.status().isOver() || !s.endsAt().isAfter(now);
            (over ? past : upcoming).add(of(membership, s));
        }
        past.sort((a, b) -> b.startsAt().compareTo(a.startsAt()));
        return new ScheduleService.Schedule(upcoming, past);
    }

    /** One screening, with the names of who answered what and, once it ended, its summary. */
    ScreeningCard of(ClubMembership membership, Screening s) {
        var rows = rsvps.all(s.getId());
        var attended = s.status() == ScreeningStatus.ENDED ? attendance.of(s.getId()) : List.<Long>of();
        var people = new HashSet<Long>();
        rows.forEach(r -> people.add(r.memberId()));
        people.addAll(attended);
        var names = members.profiles(people);
        var title = films.filmIn(membership, s.filmId()).title();
        var summary = s.status() == ScreeningStatus.ENDED
                ? Optional.of(new ScreeningCard.Summary(
                        s.startedAt(),
                        s.endedAt(),
                        attended.stream()
                                .map(id -> MemberProfile.nameOf(names.get(id)))
                                .toList(),
                        discussion.countBetween(membership.slug(), s.filmId(), s.startedAt(), s.endedAt()),
                        questions.answeredBetween(membership.slug(), s.filmId(), s.startedAt(), s.endedAt())))
                : Optional.<ScreeningCard.Summary>empty();
        return new ScreeningCard(
                s.getId(),
                membership.slug(),
                s.filmId(),
                title,
                s.startsAt(),
                s.endsAt(),
                s.zone(),
                s.venue(),
                s.onlineLink(),
                s.seatLimit(),
                s.note(),
                s.status(),
                s.sequence(),
                s.createdAt(),
                s.updatedAt(),
                namesWith(rows, Answer.GOING, names),
                namesWith(rows, Answer.MAYBE, names),
                namesWith(rows, Answer.NOT_GOING, names),
                namesWith(rows, Answer.WAITLIST, names),
                rows.stream()
                        .filter(r -> r.memberId() == membership.memberId())
                        .map(Rsvps.Row::answer)
                        .findFirst(),
                membership.isHost(),
                rows.stream()
                        .map(r -> new ScreeningCard.Attendee(
                                r.memberId(), MemberProfile.nameOf(names.get(r.memberId())), r.answer()))
                        .toList(),
                summary,
                s.clubId());
    }

    private static List<String> namesWith(List<Rsvps.Row> rows, Answer answer, Map<Long, MemberProfile> names) {
        return rows.stream()
                .filter(r -> r.answer() == answer)
                .map(r -> MemberProfile.nameOf(names.get(r.memberId())))
                .toList();
    }
}
