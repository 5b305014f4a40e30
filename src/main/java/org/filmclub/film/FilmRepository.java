package org.filmclub.film;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FilmRepository extends JpaRepository<Film, Long> {

    Optional<Film> findByIdAndClubId(long id, long clubId);

    List<Film> findByClubId(long clubId);

    /** @param pattern a lower-case LIKE pattern, with {@code \} escaping */
    @Query(
            """
            select f from Film f where f.clubId = :clubId
              and (lower(f.title) like :pattern escape '\\' or lower(f.director) like :pattern escape '\\')
            order by f.createdAt desc, f.id desc""")
    List<Film> search(long clubId, String pattern, Limit limit);
}
