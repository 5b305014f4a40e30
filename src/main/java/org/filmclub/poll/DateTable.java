package org.filmclub.poll;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A date poll with everyone's answers, the same for every member who looks: times are instants, which
 * each page writes in its own reader's zone. Only current members' answers are in it.
 *
 * @param hostZone the zone the host proposed the times in
 * @param revision raised by every answer and by closing; a table with a lower one is older
 * @param best the best time, if any member said yes to any: see {@link #BEST_RULE}
 */
public record DateTable(
        long pollId,
        long clubId,
        String clubSlug,
        long filmId,
        String filmTitle,
        String note,
        ZoneId hostZone,
        Place place,
        DatePollStatus status,
        int revision,
        Optional<Long> screeningId,
        List<Choice> choices,
        List<Voter> voters,
        Optional<Long> best) {

    /** The rule, as the page writes it. */
    public static final String BEST_RULE =
            "The best time has the most \"yes\" answers, then the fewest \"no\"; a tie goes to the earlier time.";

    /** The screening the chosen time becomes: its length and where. */
    public record Place(int durationMinutes, String venue, String onlineLink, Integer seatLimit) {}

    /** One proposed time with its totals. */
    public record Choice(long id, Instant startsAt, int yes, int ifNeedBe, int no) {}

    /** One member's answers, by the choice's id; a time not answered is missing. */
    public record Voter(long memberId, String name, Map<Long, DateAnswer> answers) {}

    public static String topic(long pollId) {
        return "date-poll:" + pollId;
    }

    public boolean isOpen() {
        return status == DatePollStatus.OPEN;
    }

    public Optional<Voter> voter(long memberId) {
        return voters.stream().filter(v -> v.memberId() == memberId).findFirst();
    }

    /** Most yes, then fewest no, then the earlier time; none when no one said yes to any. */
    static Optional<Long> best(List<Choice> choices) {
        return choices.stream()
                .filter(c -> c.yes() > 0)
                .min(Comparator.comparingInt((Choice c) -> -c.yes())
                        .thenComparingInt(Choice::no)
                        .thenComparing(Choice::startsAt))
                .map(Choice::id);
    }
}
