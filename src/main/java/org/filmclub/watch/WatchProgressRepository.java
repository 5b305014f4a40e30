package org.filmclub.watch;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WatchProgressRepository extends JpaRepository<WatchProgress, Long> {

    Optional<WatchProgress> findByMemberIdAndFilmId(long memberId, long filmId);
}
