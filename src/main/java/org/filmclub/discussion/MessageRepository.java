package org.filmclub.discussion;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, Long> {

    /**
     * Thread starters before a given one (all of them when {@code beforeId} is Long.MAX_VALUE), newest first, of
     * those a viewer's progress lets them see: anchored up to {@code upTo} ms, not anchored, or their own.
     */
    @Query("select m from Message m where m.filmId = :filmId and m.replyTo is null and m.id < :beforeId"
            + " and (m.momentMs is null or m.momentMs <= :upTo or m.authorId = :viewerId) order by m.id desc")
    List<Message> findRootsBefore(long filmId, long beforeId, long upTo, long viewerId, Limit limit);

    /**
     * How many messages others wrote that a viewer's progress keeps from them: anchored past {@code upTo} ms, or
     * replies in a thread whose starter is.
     */
    @Query(
            nativeQuery = true,
            value = "select count(*) from messages m left join messages r on r.id = m.reply_to"
                    + " where m.film_id = :filmId and m.status = 'VISIBLE' and m.author_id <> :viewerId"
                    + " and (m.moment_ms > :upTo or (r.moment_ms > :upTo and r.author_id <> :viewerId))")
    long countHeldBack(long filmId, long upTo, long viewerId);

    /** The ids of the first {@code perThread} replies to each of these thread starters. */
    @Query(
            nativeQuery = true,
            value = "select r.id from (select m.id, row_number() over (partition by m.reply_to"
                    + " order by m.id) as n from messages m where m.reply_to in (:rootIds)) r where r.n <= :perThread")
    List<Long> findFirstReplyIds(Collection<Long> rootIds, int perThread);

    @Query("select m from Message m where m.id in :ids order by m.id")
    List<Message> findAllByIdIn(Collection<Long> ids);

    /** A thread's replies after a given one, oldest first. */
    @Query("select m from Message m where m.replyTo = :rootId and m.id > :afterId order by m.id")
    List<Message> findRepliesAfter(long rootId, long afterId, Limit limit);

    @Query("select m from Message m where m.filmId = :filmId and m.id > :afterId order by m.id")
    List<Message> findAfter(long filmId, long afterId, Limit limit);

    /** Messages anchored between two film times, in film-time order. */
    @Query("select m from Message m where m.filmId = :filmId and m.momentMs between :from and :to"
            + " and m.status = :status order by m.momentMs, m.id")
    List<Message> findAnchoredNear(
            long filmId, long from, long to, org.filmclub.discussion.ChatMessage.Status status, Limit limit);

    Optional<Message> findByAuthorIdAndClientKey(long authorId, String clientKey);

    /** Locks the message, so an edit, a delete and a host's hide happen one after the other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Message m where m.id = :id")
    Optional<Message> lockById(long id);

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);

    long countByFilmIdAndCreatedAtBetween(long filmId, Instant from, Instant to);

    /** The film times and authors of the film's visible anchored messages, in film order. */
    @Query("select new org.filmclub.discussion.MessageAnchor(m.momentMs, m.authorId, m.replyTo)"
            + " from Message m where m.filmId = :filmId and m.momentMs is not null"
            + " and m.status = :status order by m.momentMs, m.id")
    List<MessageAnchor> findAnchors(long filmId, ChatMessage.Status status, Limit limit);

    /** The film's visible messages anchored from {@code fromMs} up to {@code toMs}, in film order. */
    @Query("select m from Message m where m.filmId = :filmId and m.momentMs >= :fromMs and m.momentMs < :toMs"
            + " and m.status = :status order by m.momentMs, m.id")
    List<Message> findAnchoredBetween(long filmId, long fromMs, long toMs, ChatMessage.Status status, Limit limit);

    /** The first film time after {@code afterMs} at which a visible message of the film is anchored. */
    @Query("select min(m.momentMs) from Message m where m.filmId = :filmId and m.momentMs > :afterMs"
            + " and m.status = :status")
    Long findFirstMomentAfter(long filmId, long afterMs, ChatMessage.Status status);
}
