package org.filmclub.poll;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A poll's choices and ballots as rows. A ballot is one row per member per poll (a unique key says so),
 * its ranking the choice ids, most preferred first, in one column.
 */
@Component
class Ballots {

    private final JdbcClient jdbc;

    Ballots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addChoices(long pollId, Collection<Long> nominationIds) {
        for (var id : nominationIds) {
            jdbc.sql("insert into poll_choices (poll_id, nomination_id) values (:poll, :nomination)")
                    .param("poll", pollId)
                    .param("nomination", id)
                    .update();
        }
    }

    /** The poll's choices, in nomination order, earliest first. */
    List<Long> choices(long pollId) {
        return jdbc.sql("select nomination_id from poll_choices where poll_id = :poll order by nomination_id")
                .param("poll", pollId)
                .query(Long.class)
                .list();
    }

    /**
     * Stores the member's ranking, replacing the one they had. Two requests of one member at once may
     * both find none and both insert; the unique key then refuses the second, which the caller retries.
     */
    void put(long pollId, long memberId, List<Long> ranking, Instant at) {
        var text = ranking.stream().map(String::valueOf).collect(Collectors.joining(","));
        var changed = jdbc.sql(
                        "update ballots set ranking = :ranking, changed_at = :at where poll_id = :poll and member_id = :member")
                .param("ranking", text)
                .param("at", Timestamp.from(at))
                .param("poll", pollId)
                .param("member", memberId)
                .update();
        if (changed == 0) {
            jdbc.sql(
                            """
                            insert into ballots (poll_id, member_id, ranking, cast_at, changed_at)
                            values (:poll, :member, :ranking, :at, :at)""")
                    .param("poll", pollId)
                    .param("member", memberId)
                    .param("ranking", text)
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    Optional<List<Long>> of(long pollId, long memberId) {
        return jdbc.sql("select ranking from ballots where poll_id = :poll and member_id = :member")
                .param("poll", pollId)
                .param("member", memberId)
                .query(String.class)
                .optional()
                .map(Ballots::parse);
    }

    /** Every ballot of the poll, by member. */
    Map<Long, List<Long>> all(long pollId) {
        var result = new LinkedHashMap<Long, List<Long>>();
        jdbc.sql("select member_id, ranking from ballots where poll_id = :poll order by member_id")
                .param("poll", pollId)
                .query((rs, n) -> result.put(rs.getLong(1), parse(rs.getString(2))))
                .list();
        return result;
    }

    /** How many ballots each of these polls has. */
    Map<Long, Integer> counts(Collection<Long> pollIds) {
        var result = new LinkedHashMap<Long, Integer>();
        if (pollIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select poll_id, count(*) from ballots where poll_id in (:ids) group by poll_id")
                .param("ids", pollIds)
                .query((rs, n) -> result.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return result;
    }

    /** Which of these polls the member has a ballot in. */
    List<Long> votedIn(Collection<Long> pollIds, long memberId) {
        if (pollIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select poll_id from ballots where poll_id in (:ids) and member_id = :member")
                .param("ids", pollIds)
                .param("member", memberId)
                .query(Long.class)
                .list();
    }

    static List<Long> parse(String ranking) {
        if (ranking == null || ranking.isBlank()) {
            return List.of();
        }
        return Arrays.stream(ranking.split(",")).map(Long::valueOf).toList();
    }
}
