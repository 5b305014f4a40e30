package org.filmclub.poll;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DatePollRepository extends JpaRepository<DatePoll, Long> {

    /** Locks the poll, so answers and closing take turns and none lands on a closed poll. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from DatePoll p where p.id = :id")
    Optional<DatePoll> lockById(long id);

    @Query(
            "select p from DatePoll p where p.clubId = :clubId and p.status = 'OPEN' order by p.createdAt desc, p.id desc")
    List<DatePoll> findOpen(long clubId);

    @Query("select p.id from DatePoll p where p.clubId in :clubIds and p.status = 'OPEN'")
    List<Long> findOpenIds(Collection<Long> clubIds);
}
