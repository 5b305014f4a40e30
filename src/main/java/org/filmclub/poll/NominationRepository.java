package org.filmclub.poll;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NominationRepository extends JpaRepository<Nomination, Long> {

    Optional<Nomination> findByIdAndClubId(long id, long clubId);

    @Query("select n from Nomination n where n.clubId = :clubId and n.status = 'OPEN' order by n.id")
    List<Nomination> findOpen(long clubId);

    @Query(
            "select n from Nomination n where n.clubId = :clubId and n.status = 'OPEN' and n.titleKey = :titleKey and n.year = :year")
    List<Nomination> findOpenByKey(long clubId, String titleKey, int year);

    @Query("select n from Nomination n where n.id in :ids order by n.id")
    List<Nomination> findAllOrdered(Collection<Long> ids);

    @Query("select count(n) from Nomination n where n.clubId = :clubId and n.status = 'OPEN'")
    long countOpen(long clubId);

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);
}
