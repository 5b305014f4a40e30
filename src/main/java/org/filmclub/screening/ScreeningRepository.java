package org.filmclub.screening;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScreeningRepository extends JpaRepository<Screening, Long> {

    /** Locks the screening, so answers that compete for its seats take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Screening s where s.id = :id")
    Optional<Screening> lockById(long id);

    @Query("select s from Screening s where s.clubId = :clubId order by s.startsAt")
    List<Screening> findByClub(long clubId);

    @Query("select s from Screening s where s.filmId = :filmId order by s.startsAt")
    List<Screening> findByFilm(long filmId);

    @Query("select s from Screening s where s.clubId = :clubId and s.filmId = :filmId and s.status = 'LIVE'"
            + " order by s.startedAt desc")
    List<Screening> findLiveOfFilm(long clubId, long filmId);

    @Query("select s from Screening s where s.clubId in :clubIds and s.status = 'LIVE'")
    List<Screening> findLive(Collection<Long> clubIds);

    @Query(
            "select s.id from Screening s where s.status = 'SCHEDULED' and s.reminderSentAt is null and s.startsAt <= :before and s.startsAt > :now")
    List<Long> findDueForReminder(Instant now, Instant before);

    /** Screenings still live well after their planned end: the host forgot to end them. */
    @Query("select s.id from Screening s where s.status = 'LIVE' and s.endsAt < :before")
    List<Long> findOverdue(Instant before);

    /** Claims the reminder: only the one caller that changes the row sends it, however many try. */
    @Modifying
    @Query("update Screening s set s.reminderSentAt = :now where s.id = :id and s.reminderSentAt is null")
    int claimReminder(long id, Instant now);
}
