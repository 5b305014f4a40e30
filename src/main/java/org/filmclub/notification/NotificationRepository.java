package org.filmclub.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByMemberIdAndReadAtIsNull(long memberId);

    @Query("select n from Notification n where n.memberId = :memberId order by n.createdAt desc, n.id desc")
    List<Notification> findRecent(long memberId, Limit limit);

    /** Read in the app is never mailed: reading also settles what the mail job still had to look at. */
    @Modifying
    @Query(
            "update Notification n set n.readAt = :now, n.mailPending = false where n.memberId = :memberId and n.readAt is null")
    int markAllRead(long memberId, Instant now);

    /** Members with replies or mentions unread since before {@code cutoff} and not yet mailed, oldest first. */
    @Query(
            "select n.memberId from Notification n where n.mailPending = true and n.readAt is null and n.createdAt <= :cutoff"
                    + " group by n.memberId order by min(n.createdAt)")
    List<Long> findMembersDueForMail(Instant cutoff, Limit limit);

    @Query("select n from Notification n where n.memberId = :memberId and n.mailPending = true and n.readAt is null"
            + " and n.createdAt <= :cutoff order by n.createdAt, n.id")
    List<Notification> findDueForMail(long memberId, Instant cutoff, Limit limit);

    /**
     * Takes these rows off the mail job's list, only if still pending and unread; a count short of the
     * ids means another run or a read got there first.
     */
    @Modifying
    @Query(
            "update Notification n set n.mailPending = false where n.id in :ids and n.mailPending = true and n.readAt is null")
    int settleMail(Collection<Long> ids);

    @Modifying
    @Query("update Notification n set n.mailedAt = :now where n.id in :ids")
    int markMailed(Collection<Long> ids, Instant now);
}
