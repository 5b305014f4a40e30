package org.filmclub.discussion;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, Long> {

    /** Thread starters before a given one (all of them when {@code beforeId} is Long.MAX_VALUE), newest first. */
    @Query("select m from Message m where m.filmId = :filmId and m.replyTo is null and m.id < :beforeId order by m.id desc")
    List<Message> findRootsBefore(long filmId, long beforeId, Limit limit);

    @Query("select m from Message m where m.replyTo in :rootIds order by m.id")
    List<Message> findRepliesTo(Collection<Long> rootIds);

    @Query("select m from Message m where m.filmId = :filmId and m.id > :afterId order by m.id")
    List<Message> findAfter(long filmId, long afterId, Limit limit);

    Optional<Message> findByAuthorIdAndClientKey(long authorId, String clientKey);

    /** Locks the message, so an edit, a delete and a host's hide happen one after the other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Message m where m.id = :id")
    Optional<Message> lockById(long id);

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);

    long countByFilmIdAndCreatedAtBetween(long filmId, Instant from, Instant to);
}
