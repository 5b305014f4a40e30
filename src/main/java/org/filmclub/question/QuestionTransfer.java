package org.filmclub.question;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongUnaryOperator;
import org.filmclub.base.InputValidator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.club.ClubAccess;
import org.filmclub.film.FilmRef;
import org.filmclub.film.FilmService;
import org.filmclub.question.QuestionService.Proposal;
import org.filmclub.watch.Moment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A club's question boards as a club file carries them to another installation: every question in every
 * state, with each vote and who cast it, so the boards count the same there, vote for vote. Who asked an
 * anonymous question travels too, as the hosts here could see it.
 */
@Component
public class QuestionTransfer {

    /**
     * @param ref        the question's number in the file
     * @param film       the film's number in the file
     * @param mergedInto the number of the question it was merged into
     * @param momentMs   the film time it is about, in milliseconds from the film's start; null when none
     */
    public record QuestionData(
            long ref,
            long film,
            long author,
            String text,
            boolean anonymous,
            String quote,
            QuestionStatus status,
            String hiddenReason,
            Long mergedInto,
            boolean pinned,
            Instant createdAt,
            Instant answeredAt,
            List<VoteData> votes,
            Long momentMs) {}

    public record VoteData(long member, Instant votedAt) {}

    private final JdbcClient jdbc;
    private final ClubAccess access;
    private final InputValidator validator;
    private final FilmService filmService;

    QuestionTransfer(JdbcClient jdbc, ClubAccess access, InputValidator validator, FilmService films) {
        this.filmService = films;
        this.jdbc = jdbc;
        this.access = access;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    public List<QuestionData> export(long clubId, LongUnaryOperator personRef) {
        access.requireHost(clubId, "download the club's data");
        var votes = new HashMap<Long, List<VoteData>>();
        jdbc.sql(
                        """
                        select v.question_id, v.member_id, v.voted_at from question_votes v
                        join questions q on q.id = v.question_id join films f on f.id = q.film_id
                        where f.club_id = :club order by v.question_id, v.voted_at, v.member_id""")
                .param("club", clubId)
                .query((rs, n) -> votes.computeIfAbsent(rs.getLong(1), q -> new ArrayList<>())
                        .add(new VoteData(personRef.applyAsLong(rs.getLong(2)), instant(rs, 3))))
                .list();
        return jdbc.sql(
                        """
                        select q.id, q.film_id, q.author_id, q.text, q.anonymous, q.quote, q.status, q.hidden_reason,
                          q.merged_into, q.pinned, q.created_at, q.answered_at, q.moment_ms
                        from questions q join films f on f.id = q.film_id where f.club_id = :club order by q.id""")
                .param("club", clubId)
                .query((rs, n) -> new QuestionData(
                        rs.getLong(1),
                        rs.getLong(2),
                        personRef.applyAsLong(rs.getLong(3)),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getString(6),
                        QuestionStatus.valueOf(rs.getString(7)),
                        rs.getString(8),
                        (Long) rs.getObject(9, Long.class),
                        rs.getBoolean(10),
                        instant(rs, 11),
                        rs.getTimestamp(12) == null ? null : instant(rs, 12),
                        votes.getOrDefault(rs.getLong(1), List.of()),
                        (Long) rs.getObject(13, Long.class)))
                .list();
    }

    /**
     * Each question passes the checks of proposing one, and its state fits it: a hidden one says why, a
     * merged one names a question of the same board, a pinned one is on the board, one per film, each
     * member votes once, and its film time is one a member could type for that film.
     *
     * @param films each film's new id by its number in the file
     */
    @Transactional
    public void importInto(
            long clubId, List<QuestionData> questions, Map<Long, Long> films, LongUnaryOperator memberId) {
        var host = access.requireHost(clubId, "bring in a club's data");
        var refs = new HashMap<Long, FilmRef>();
        var filmOf = new HashMap<Long, Long>();
        for (var question : questions) {
            if (filmOf.put(question.ref(), question.film()) != null) {
                throw InvalidInputException.of("file", "Question " + question.ref() + " is in the file twice.");
            }
        }
        var ids = new HashMap<Long, Long>();
        var pinnedFilms = new HashSet<Long>();
        for (var question : questions) {
            var filmId = films.get(question.film());
            if (filmId == null) {
                throw InvalidInputException.of(
                        "file", "Question " + question.ref() + " is about a film not in the file.");
            }
            Proposal proposal;
            String reason;
            Moment moment;
            try {
                moment = Moment.fromFile(
                        refs.computeIfAbsent(filmId, id -> filmService.filmIn(host, id)), question.momentMs());
                proposal = validator.check(new Proposal(question.text(), question.anonymous(), question.quote()));
                reason = question.status() == QuestionStatus.HIDDEN || question.hiddenReason() != null
                        ? validator
                                .check(new QuestionService.HideReason(question.hiddenReason()))
                                .reason()
                        : null;
                checkState(question, filmOf, pinnedFilms);
            } catch (InvalidInputException refused) {
                throw refused.about("Question " + question.ref());
            }
            var keys = new GeneratedKeyHolder();
            jdbc.sql(
                            """
                            insert into questions (film_id, author_id, text, anonymous, quote, status, hidden_reason,
                              pinned, client_key, created_at, answered_at, moment_ms)
                            values (:film, :author, :text, :anonymous, :quote, :status, :reason, :pinned, :key, :at,
                              :answered, :moment)""")
                    .param("film", filmId)
                    .param("author", memberId.applyAsLong(question.author()))
                    .param("text", proposal.text())
                    .param("anonymous", proposal.anonymous())
                    .param("quote", proposal.quote().isEmpty() ? null : proposal.quote(), Types.VARCHAR)
                    .param("status", question.status().name())
                    .param("reason", reason, Types.VARCHAR)
                    .param("pinned", question.pinned())
                    .param("key", "moved-" + UUID.randomUUID().toString().replace("-", ""))
                    .param("at", timestamp(question.createdAt()))
                    .param(
                            "answered",
                            question.answeredAt() == null ? null : timestamp(question.answeredAt()),
                            Types.TIMESTAMP)
                    .param("moment", moment == null ? null : moment.millis(), Types.BIGINT)
                    .update(keys, "id");
            var questionId = keys.getKey().longValue();
            ids.put(question.ref(), questionId);
            var voters = new HashSet<Long>();
            for (var vote : question.votes()) {
                if (!voters.add(vote.member())) {
                    throw InvalidInputException.of(
                            "file",
                            "Question " + question.ref() + ": person " + vote.member() + " votes for it twice.");
                }
                jdbc.sql("insert into question_votes (question_id, member_id, voted_at) values (:q, :m, :at)")
                        .param("q", questionId)
                        .param("m", memberId.applyAsLong(vote.member()))
                        .param("at", timestamp(vote.votedAt()))
                        .update();
            }
        }
        // A question may be merged into one asked after it, so the links wait until every question is in.
        for (var question : questions) {
            if (question.mergedInto() != null) {
                jdbc.sql("update questions set merged_into = :into where id = :id")
                        .param("into", ids.get(question.mergedInto()))
                        .param("id", ids.get(question.ref()))
                        .update();
            }
        }
    }

    private static void checkState(QuestionData question, Map<Long, Long> filmOf, Set<Long> pinnedFilms) {
        var merged = question.mergedInto();
        if (question.status() == null || (question.status() == QuestionStatus.MERGED) != (merged != null)) {
            throw InvalidInputException.of("file", "Its status does not fit whether it was merged.");
        }
        if (merged != null
                && (merged == question.ref() || !filmOf.containsKey(merged) || filmOf.get(merged) != question.film())) {
            throw InvalidInputException.of("file", "It was merged into a question not on its board.");
        }
        // As on the board: only a question that takes votes can be pinned (answering one unpins it).
        if (question.pinned() && (!question.status().takesVotes() || !pinnedFilms.add(question.film()))) {
            throw InvalidInputException.of("file", "It is pinned where it cannot be.");
        }
        if (question.votes() == null) {
            throw InvalidInputException.of("file", "Its votes are missing.");
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
