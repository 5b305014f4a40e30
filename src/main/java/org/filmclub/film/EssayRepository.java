package org.filmclub.film;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EssayRepository extends JpaRepository<Essay, Long> {

    /** Locks the essay so that two saves of it happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Essay e where e.id = :id")
    Optional<Essay> lockById(long id);

    Optional<Essay> findFirstByFilmIdAndAuthorIdAndPublishedAtIsNull(long filmId, long authorId);

    /** The current text of every published essay of a film, in the order they were first published. */
    @Query(
            """
            select new org.filmclub.film.PublishedEssay(e.id, e.authorId, e.publishedAt, r.id, r.number, r.html, r.createdAt, e.discussesEnding)
            from Essay e, EssayRevision r
            where e.filmId = :filmId and e.publishedAt is not null and r.essayId = e.id and r.number = e.revision
            order by e.publishedAt, e.id""")
    List<PublishedEssay> findPublished(long filmId);
}
