package org.filmclub.member;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountLinkRepository extends JpaRepository<AccountLink, Long> {

    Optional<AccountLink> findByTokenHashAndPurpose(String tokenHash, AccountLink.Purpose purpose);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from AccountLink l where l.memberId = :memberId and l.purpose = :purpose")
    void forget(long memberId, AccountLink.Purpose purpose);

    @Modifying
    @Query("delete from AccountLink l where l.expiresAt < :before")
    int forgetExpired(Instant before);
}
