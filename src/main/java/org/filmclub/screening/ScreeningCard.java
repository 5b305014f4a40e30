package org.filmclub.screening;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A screening as a member sees it, with who answered what. {@code waitlist} is in the order seats
 * will be offered.
 */
public record ScreeningCard(
        long id,
        String clubSlug,
        long filmId,
        String filmTitle,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        String venue,
        String onlineLink,
        Integer seatLimit,
        String note,
        ScreeningStatus status,
        int sequence,
        Instant createdAt,
        Instant updatedAt,
        List<String> going,
        List<String> maybe,
        List<String> notGoing,
        List<String> waitlist,
        Optional<Answer> myAnswer,
        boolean iAmHost,
        List<Attendee> answers,
        Optional<Summary> summary,
        long clubId) {

    /** One member's answer, for the host's list. */
    public record Attendee(long memberId, String name, Answer answer) {}

    /** What a finished screening leaves on the record. */
    public record Summary(
            Instant startedAt, Instant endedAt, List<String> attended, long messages, List<String> answeredQuestions) {}

    public Optional<Integer> seatsLeft() {
        return Optional.ofNullable(seatLimit).map(limit -> Math.max(0, limit - going.size()));
    }
}
