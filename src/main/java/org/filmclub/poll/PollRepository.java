package org.filmclub.poll;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PollRepository extends JpaRepository<Poll, Long> {

    Optional<Poll> findByIdAndClubId(long id, long clubId);

    /**
     * The poll, locked against closing until the transaction ends: ballots share the lock, so they go on
     * side by side, while closing waits for every ballot under way and every later ballot sees it closed.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select p from Poll p where p.id = :id and p.clubId = :clubId")
    Optional<Poll> lockForBallot(long id, long clubId);

    @Query("select p from Poll p where p.clubId = :clubId and p.status = 'OPEN' order by p.closesAt, p.id")
    List<Poll> findOpen(long clubId);

    @Query("select p from Poll p where p.clubId = :clubId and p.status = 'CLOSED' order by p.closedAt desc, p.id desc")
    List<Poll> findClosed(long clubId, org.springframework.data.domain.Limit limit);

    @Query("select count(p) from Poll p where p.clubId = :clubId and p.status = 'OPEN'")
    long countOpen(long clubId);

    @Query("select p.id from Poll p where p.status = 'OPEN' and p.closesAt <= :now order by p.closesAt")
    List<Long> findDue(Instant now);

    /** Claims the close: only the one caller that changes the row counts the poll, however many try. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Poll p set p.status = 'CLOSED', p.closedAt = :at where p.id = :id and p.status = 'OPEN'")
    int claimClose(long id, Instant at);
}
