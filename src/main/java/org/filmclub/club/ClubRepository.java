package org.filmclub.club;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ClubRepository extends JpaRepository<Club, Long> {

    Optional<Club> findBySlug(String slug);

    Optional<Club> findByInviteHash(String inviteHash);

    boolean existsBySlug(String slug);

    @Query("select c.id from Club c where c.slug = :slug")
    Optional<Long> findIdBySlug(String slug);

    /** Membership changes take this lock so that two of them can never leave a club without a host. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Club c where c.id = :id")
    Optional<Club> lockById(long id);
}
