package org.filmclub.screening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.filmclub.club.ClubMembership;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
import org.filmclub.question.QuestionService;
import org.springframework.stereotype.Component;

/**
 * Screenings as a member sees them: who answered what, and for one that ended, who was in the room and what
 * the club discussed. {@link ScheduleService} has checked the member may see them before it asks. A list is
 * read in bulk: one query for every answer, one for who was in the rooms, one for names, one for titles,
 * however many screenings it holds; only the record of each ended screening is asked of its own.
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
        var cards = of(membership, list);
        for (var i = 0; i < list.size(); i++) {
            var s = list.get(i);
            var over = s.status().isOver() || !s.endsAt().isAfter(now);
            (over ? past : upcoming).add(cards.get(i));
        }
        past.sort((a, b) -> b.when().startsAt().compareTo(a.when().startsAt()));
        return new ScheduleService.Schedule(upcoming, past);
    }

    /** One screening, with the names of who answered what and, once it ended, its summary. */
    ScreeningCard of(ClubMembership membership, Screening s) {
        return of(membership, List.of(s)).get(0);
    }

    /** Screenings of the member's club in the order given, read together. */
    List<ScreeningCard> of(ClubMembership membership, List<Screening> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        var answers = rsvps.all(ids(list));
        var ended =
                list.stream().filter(s -> s.status() == ScreeningStatus.ENDED).toList();
        var attended = ended.isEmpty() ? Map.<Long, List<Long>>of() : attendance.of(ids(ended));
        var people = new HashSet<Long>();
        answers.values().forEach(rows -> rows.forEach(r -> people.add(r.memberId())));
        attended.values().forEach(people::addAll);
        var names = people.isEmpty() ? Map.<Long, MemberProfile>of() : members.profiles(people);
        var titles = films.titles(
                membership.clubId(), list.stream().map(Screening::filmId).collect(Collectors.toSet()));
        return list.stream()
                .map(s -> {
                    var rows = answers.getOrDefault(s.getId(), List.of());
                    return card(
                            s,
                            membership.slug(),
                            titles.getOrDefault(s.filmId(), "A film"),
                            rows.stream()
                                    .map(r -> new ScreeningCard.Attendee(
                                            r.memberId(), MemberProfile.nameOf(names.get(r.memberId())), r.answer()))
                                    .toList(),
                            rows.stream()
                                    .filter(r -> r.memberId() == membership.memberId())
                                    .map(Rsvps.Row::answer)
                                    .findFirst(),
                            membership.isHost(),
                            summary(membership, s, attended.getOrDefault(s.getId(), List.of()), names));
                })
                .toList();
    }

    /** The card of a screening, from its facts and what was read about it. */
    static ScreeningCard card(
            Screening s,
            String slug,
            String filmTitle,
            List<ScreeningCard.Attendee> answers,
            Optional<Answer> myAnswer,
            boolean iAmHost,
            Optional<ScreeningCard.Summary> summary) {
        return new ScreeningCard(
                s.getId(),
                s.clubId(),
                slug,
                s.filmId(),
                filmTitle,
                new ScreeningCard.When(s.startsAt(), s.endsAt(), s.zone()),
                new ScreeningCard.Place(s.venue(), s.onlineLink()),
                s.seatLimit(),
                s.note(),
                s.status(),
                new ScreeningCard.Revision(s.sequence(), s.createdAt(), s.updatedAt()),
                answers,
                myAnswer,
                iAmHost,
                summary);
    }

    private Optional<ScreeningCard.Summary> summary(
            ClubMembership membership, Screening s, List<Long> attended, Map<Long, MemberProfile> names) {
        if (s.status() != ScreeningStatus.ENDED) {
            return Optional.empty();
        }
        return Optional.of(new ScreeningCard.Summary(
                s.startedAt(),
                s.endedAt(),
                attended.stream().map(id -> MemberProfile.nameOf(names.get(id))).toList(),
                discussion.countBetween(membership.slug(), s.filmId(), s.startedAt(), s.endedAt()),
                questions.answeredBetween(membership.slug(), s.filmId(), s.startedAt(), s.endedAt())));
    }

    private static Collection<Long> ids(List<Screening> list) {
        return list.stream().map(Screening::getId).toList();
    }
}
