package org.filmclub.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByMemberIdAndReadAtIsNull(long memberId);

    @Query("select n from Notification n where n.memberId = :memberId order by n.createdAt desc, n.id desc")
    List<Notification> findRecent(long memberId, Limit limit);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.memberId = :memberId and n.readAt is null")
    int markAllRead(long memberId, Instant now);
}
