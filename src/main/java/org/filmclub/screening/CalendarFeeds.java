package org.filmclub.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.filmclub.base.LinkTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Secret calendar addresses: one per member per club, replaced on reset. The token is derived from a
 * stored seed (see {@link LinkTokens}) and looked up by its hash; the token itself is never stored.
 */
@Component
class CalendarFeeds {

    private static final String PURPOSE = "calendar-feed";
    private static final int TOKEN_MAX = 64;

    private final JdbcClient jdbc;
    private final LinkTokens tokens;

    CalendarFeeds(JdbcClient jdbc, LinkTokens tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    String tokenFor(long memberId, long clubId, Instant now) {
        return jdbc.sql("select seed from calendar_feeds where member_id = :m and club_id = :c")
                .param("m", memberId)
                .param("c", clubId)
                .query(String.class)
                .optional()
                .map(seed -> tokens.token(PURPOSE, seed))
                .orElseGet(() -> reset(memberId, clubId, now));
    }

    String reset(long memberId, long clubId, Instant now) {
        var seed = tokens.newSeed();
        var token = tokens.token(PURPOSE, seed);
        jdbc.sql("delete from calendar_feeds where member_id = :m and club_id = :c")
                .param("m", memberId)
                .param("c", clubId)
                .update();
        jdbc.sql(
                        "insert into calendar_feeds (member_id, club_id, seed, token_hash, created_at) values (:m, :c, :s, :h, :at)")
                .param("m", memberId)
                .param("c", clubId)
                .param("s", seed)
                .param("h", LinkTokens.hash(token))
                .param("at", Timestamp.from(now))
                .update();
        return token;
    }

    /** The member a token belongs to, in that club; empty for a token that was reset or never was. */
    Optional<Long> memberOf(long clubId, String token) {
        if (token == null || token.isEmpty() || token.length() > TOKEN_MAX) {
            return Optional.empty();
        }
        return jdbc.sql("select member_id from calendar_feeds where club_id = :c and token_hash = :h")
                .param("c", clubId)
                .param("h", LinkTokens.hash(token))
                .query(Long.class)
                .optional();
    }
}
