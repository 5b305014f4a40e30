package org.filmclub.question;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findByFilmIdOrderByCreatedAtAscIdAsc(long filmId);

    List<Question> findByFilmIdAndStatus(long filmId, QuestionStatus status);

    List<Question> findByFilmIdAndPinnedTrue(long filmId);

    Optional<Question> findByAuthorIdAndClientKey(long authorId, String clientKey);

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);

    /** The first film time after {@code afterMs} at which a question of the film on its board is anchored. */
    @Query("select min(q.momentMs) from Question q where q.filmId = :filmId and q.momentMs > :afterMs"
            + " and q.status not in (org.filmclub.question.QuestionStatus.HIDDEN,"
            + " org.filmclub.question.QuestionStatus.MERGED)")
    Long findFirstMomentAfter(long filmId, long afterMs);
}
