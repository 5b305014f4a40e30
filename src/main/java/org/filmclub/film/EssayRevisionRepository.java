package org.filmclub.film;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EssayRevisionRepository extends JpaRepository<EssayRevision, Long> {

    Optional<EssayRevision> findByEssayIdAndNumber(long essayId, int number);

    List<EssayRevision> findByEssayIdOrderByNumberDesc(long essayId);
}
