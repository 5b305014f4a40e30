package org.filmclub.film;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is new in a club's films over a stretch of time, for the weekly digest. It checks no membership:
 * the caller decides who reads it (members of that club only).
 */
@Service
public class FilmNews {

    public record NewFilm(long id, String title, int year) {}

    public record NewEssay(long filmId, String filmTitle, long authorId) {}

    private final JdbcClient jdbc;

    FilmNews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Films added to the club in {@code [from, to)}, oldest first. */
    @Transactional(readOnly = true)
    public List<NewFilm> filmsAdded(long clubId, Instant from, Instant to, int limit) {
        return jdbc.sql(
                        """
                        select id, title, release_year from films
                        where club_id = :club and created_at >= :from and created_at < :to
                        order by created_at, id limit :limit""")
                .param("club", clubId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("limit", limit)
                .query((rs, n) -> new NewFilm(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    /** Essays first published in the club in {@code [from, to)}, oldest first. */
    @Transactional(readOnly = true)
    public List<NewEssay> essaysPublished(long clubId, Instant from, Instant to, int limit) {
        return jdbc.sql(
                        """
                        select f.id, f.title, e.author_id from essays e join films f on f.id = e.film_id
                        where f.club_id = :club and e.published_at >= :from and e.published_at < :to
                        order by e.published_at, e.id limit :limit""")
                .param("club", clubId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("limit", limit)
                .query((rs, n) -> new NewEssay(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }
}
