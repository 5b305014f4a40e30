package org.filmclub.screening;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A screening as a member sees it, with who answered what. {@code answers} holds every answer once, in
 * the order given, which for the waitlist is the order seats will be offered; the lists of names by
 * answer are read from it.
 */
public record ScreeningCard(
        long id,
        long clubId,
        String clubSlug,
        long filmId,
        String filmTitle,
        When when,
        Place place,
        Integer seatLimit,
        String note,
        ScreeningStatus status,
        Revision revision,
        List<Attendee> answers,
        Optional<Answer> myAnswer,
        boolean iAmHost,
        Optional<Summary> summary) {

    /** When it runs, and the zone the host scheduled it in. */
    public record When(Instant startsAt, Instant endsAt, ZoneId zone) {}

    /** Where: a venue, an online link, or both; an empty text for the one not given. */
    public record Place(String venue, String onlineLink) {}

    /** For calendar apps: how often its details changed, and when they were first and last written. */
    public record Revision(int sequence, Instant createdAt, Instant updatedAt) {}

    /** One member's answer, for the host's list. */
    public record Attendee(long memberId, String name, Answer answer) {}

    /** What a finished screening leaves on the record. */
    public record Summary(
            Instant startedAt, Instant endedAt, List<String> attended, long messages, List<String> answeredQuestions) {}

    public List<String> going() {
        return namesOf(Answer.GOING);
    }

    public List<String> maybe() {
        return namesOf(Answer.MAYBE);
    }

    public List<String> notGoing() {
        return namesOf(Answer.NOT_GOING);
    }

    /** In the order seats will be offered. */
    public List<String> waitlist() {
        return namesOf(Answer.WAITLIST);
    }

    public Optional<Integer> seatsLeft() {
        return Optional.ofNullable(seatLimit).map(limit -> Math.max(0, limit - going().size()));
    }

    private List<String> namesOf(Answer answer) {
        return answers.stream()
                .filter(a -> a.answer() == answer)
                .map(Attendee::name)
                .toList();
    }
}
