package org.filmclub.question;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findByFilmIdOrderByCreatedAtAscIdAsc(long filmId);

    List<Question> findByFilmIdAndStatus(long filmId, QuestionStatus status);

    List<Question> findByFilmIdAndPinnedTrue(long filmId);

    Optional<Question> findByAuthorIdAndClientKey(long authorId, String clientKey);

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);
}
