package org.filmclub.rating;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A club's choices about ratings, one row per club that changed a default. */
@Component
class RatingSettings {

    /** Unless a host says otherwise, a member sees the club's ratings of a film only after rating it. */
    static final boolean HIDDEN_UNTIL_RATED_BY_DEFAULT = true;

    private final JdbcClient jdbc;

    RatingSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hiddenUntilRated(long clubId) {
        return jdbc.sql("select hidden_until_rated from rating_settings where club_id = :club")
                .param("club", clubId)
                .query(Boolean.class)
                .optional()
                .orElse(HIDDEN_UNTIL_RATED_BY_DEFAULT);
    }

    /** The caller holds the club's lock, so no two of these race for the club's row. */
    void setHiddenUntilRated(long clubId, boolean hidden) {
        var updated = jdbc.sql("update rating_settings set hidden_until_rated = :hidden where club_id = :club")
                .param("hidden", hidden)
                .param("club", clubId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into rating_settings (club_id, hidden_until_rated) values (:club, :hidden)")
                    .param("hidden", hidden)
                    .param("club", clubId)
                    .update();
        }
    }
}
