package org.filmclub.film;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import org.filmclub.base.InputValidator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.club.ClubAccess;
import org.filmclub.markdown.MarkdownRenderer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A club's films and published essays, every revision of them, as a club file carries them to another
 * installation. Written in SQL so that times and authors come over as they were, which the rules for writing
 * new essays would not allow; every text still passes the checks its form makes. Drafts stay behind: they are
 * private.
 */
@Component
public class FilmTransfer {

    /** @param ref the film's number in the file, which other parts of the file refer to it by */
    public record FilmData(
            long ref,
            String title,
            int year,
            String director,
            int runtimeMinutes,
            String synopsis,
            String posterUrl,
            long addedBy,
            Instant createdAt,
            List<EssayData> essays) {}

    /**
     * @param revision the number of the current revision
     * @param discussesEnding its author marked it as discussing the ending; null (a file from before) is not
     */
    public record EssayData(
            long author,
            int revision,
            Instant createdAt,
            Instant publishedAt,
            List<RevisionData> revisions,
            Boolean discussesEnding) {}

    public record RevisionData(int number, String body, long editedBy, Integer restoredFrom, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final ClubAccess access;
    private final InputValidator validator;
    private final MarkdownRenderer renderer;

    FilmTransfer(JdbcClient jdbc, ClubAccess access, InputValidator validator, MarkdownRenderer renderer) {
        this.jdbc = jdbc;
        this.access = access;
        this.validator = validator;
        this.renderer = renderer;
    }

    @Transactional(readOnly = true)
    public List<FilmData> export(long clubId, LongUnaryOperator personRef) {
        access.requireHost(clubId, "download the club's data");
        var revisions = new HashMap<Long, List<RevisionData>>();
        jdbc.sql(
                        """
                        select r.essay_id, r.number, r.body, r.edited_by, r.restored_from, r.created_at
                        from essay_revisions r join essays e on e.id = r.essay_id join films f on f.id = e.film_id
                        where f.club_id = :club order by r.essay_id, r.number""")
                .param("club", clubId)
                .query((rs, n) -> revisions
                        .computeIfAbsent(rs.getLong(1), e -> new ArrayList<>())
                        .add(new RevisionData(
                                rs.getInt(2),
                                rs.getString(3),
                                personRef.applyAsLong(rs.getLong(4)),
                                (Integer) rs.getObject(5, Integer.class),
                                instant(rs, 6))))
                .list();
        var essays = new HashMap<Long, List<EssayData>>();
        jdbc.sql(
                        """
                        select e.id, e.film_id, e.author_id, e.revision, e.created_at, e.published_at,
                          e.discusses_ending
                        from essays e join films f on f.id = e.film_id
                        where f.club_id = :club and e.published_at is not null order by e.published_at, e.id""")
                .param("club", clubId)
                .query((rs, n) -> essays.computeIfAbsent(rs.getLong(2), f -> new ArrayList<>())
                        .add(new EssayData(
                                personRef.applyAsLong(rs.getLong(3)),
                                rs.getInt(4),
                                instant(rs, 5),
                                instant(rs, 6),
                                revisions.getOrDefault(rs.getLong(1), List.of()),
                                rs.getBoolean(7))))
                .list();
        return jdbc.sql(
                        """
                        select id, title, release_year, director, runtime_minutes, synopsis, poster_url, added_by,
                          created_at
                        from films where club_id = :club order by id""")
                .param("club", clubId)
                .query((rs, n) -> new FilmData(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getString(7),
                        personRef.applyAsLong(rs.getLong(8)),
                        instant(rs, 9),
                        essays.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /**
     * Each film passes the checks of the form that adds a film, and each essay revision those of publishing;
     * revisions are numbered 1, 2, 3… in order and the essay's current one is the last.
     *
     * @return each film's new id by its number in the file
     */
    @Transactional
    public Map<Long, Long> importInto(long clubId, List<FilmData> films, LongUnaryOperator memberId) {
        access.requireHost(clubId, "bring in a club's data");
        var ids = new HashMap<Long, Long>();
        for (var film : films) {
            var what = "Film " + film.ref() + " (" + film.title() + ")";
            FilmDetails details;
            try {
                details = validator.check(new FilmDetails(
                        film.title(),
                        film.year(),
                        film.director(),
                        film.runtimeMinutes(),
                        film.synopsis(),
                        film.posterUrl()));
                film.essays().forEach(FilmTransfer::checkEssay);
            } catch (InvalidInputException refused) {
                throw refused.about(what);
            }
            if (ids.containsKey(film.ref())) {
                throw InvalidInputException.of("file", what + " is in the file twice.");
            }
            var keys = new GeneratedKeyHolder();
            jdbc.sql(
                            """
                            insert into films (club_id, title, release_year, director, runtime_minutes, synopsis,
                              poster_url, added_by, created_at)
                            values (:club, :title, :year, :director, :runtime, :synopsis, :poster, :by, :at)""")
                    .param("club", clubId)
                    .param("title", details.title())
                    .param("year", details.year())
                    .param("director", details.director())
                    .param("runtime", details.runtimeMinutes())
                    .param("synopsis", details.synopsis())
                    .param("poster", details.posterUrl().isEmpty() ? null : details.posterUrl(), Types.VARCHAR)
                    .param("by", memberId.applyAsLong(film.addedBy()))
                    .param("at", timestamp(film.createdAt()))
                    .update(keys, "id");
            var filmId = keys.getKey().longValue();
            ids.put(film.ref(), filmId);
            for (var essay : film.essays()) {
                importEssay(filmId, essay, memberId, what);
            }
        }
        return ids;
    }

    private static void checkEssay(EssayData essay) {
        var revisions = essay.revisions();
        if (revisions == null || revisions.isEmpty() || essay.publishedAt() == null) {
            throw InvalidInputException.of("file", "An essay has no published text.");
        }
        for (int i = 0; i < revisions.size(); i++) {
            var revision = revisions.get(i);
            if (revision.number() != i + 1
                    || revision.restoredFrom() != null
                            && (revision.restoredFrom() < 1 || revision.restoredFrom() >= revision.number())) {
                throw InvalidInputException.of(
                        "file", "An essay's revisions are not numbered 1 to " + revisions.size() + " in order.");
            }
            EssayService.checkBody(revision.body());
        }
        if (essay.revision() != revisions.size()) {
            throw InvalidInputException.of(
                    "file",
                    "An essay says its current revision is " + essay.revision() + ", but it has " + revisions.size()
                            + ".");
        }
    }

    /** Each revision is rendered as publishing renders it, within the same limits, and stored with its HTML. */
    private void importEssay(long filmId, EssayData essay, LongUnaryOperator memberId, String what) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        insert into essays (film_id, author_id, revision, created_at, published_at,
                          discusses_ending)
                        values (:film, :author, :revision, :created, :published, :ending)""")
                .param("film", filmId)
                .param("author", memberId.applyAsLong(essay.author()))
                .param("revision", essay.revisions().size())
                .param("created", timestamp(essay.createdAt()))
                .param("published", timestamp(essay.publishedAt()), Types.TIMESTAMP)
                .param("ending", Boolean.TRUE.equals(essay.discussesEnding()))
                .update(keys, "id");
        var essayId = keys.getKey().longValue();
        for (var revision : essay.revisions()) {
            String html;
            try {
                html = renderer.essay(essayId, revision.number(), revision.body());
            } catch (InvalidInputException refused) {
                throw refused.about(what + ", an essay's revision " + revision.number());
            }
            jdbc.sql(
                            """
                            insert into essay_revisions (essay_id, number, body, html, edited_by, restored_from,
                              created_at)
                            values (:essay, :number, :body, :html, :by, :restored, :at)""")
                    .param("essay", essayId)
                    .param("number", revision.number())
                    .param("body", revision.body())
                    .param("html", html)
                    .param("by", memberId.applyAsLong(revision.editedBy()))
                    .param("restored", revision.restoredFrom(), Types.INTEGER)
                    .param("at", timestamp(revision.createdAt()))
                    .update();
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
