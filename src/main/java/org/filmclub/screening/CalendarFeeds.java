package org.filmclub.screening;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Secret calendar addresses: one token per member per club, unguessable, replaced on reset. */
@Component
class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String tokenFor(long memberId, long clubId, Instant now) {
        return jdbc.sql("select token from calendar_feeds where member_id = :m and club_id = :c")
                .param("m", memberId).param("c", clubId).query(String.class).optional()
                .orElseGet(() -> reset(memberId, clubId, now));
    }

    String reset(long memberId, long clubId, Instant now) {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("delete from calendar_feeds where member_id = :m and club_id = :c")
                .param("m", memberId).param("c", clubId).update();
        jdbc.sql("insert into calendar_feeds (member_id, club_id, token, created_at) values (:m, :c, :t, :at)")
                .param("m", memberId).param("c", clubId).param("t", token).param("at", Timestamp.from(now)).update();
        return token;
    }

    /** The member a token belongs to, in that club; empty for a token that was reset or never was. */
    Optional<Long> memberOf(long clubId, String token) {
        return jdbc.sql("select member_id from calendar_feeds where club_id = :c and token = :t")
                .param("c", clubId).param("t", token).query(Long.class).optional();
    }
}
