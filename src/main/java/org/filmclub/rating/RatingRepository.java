package org.filmclub.rating;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RatingRepository extends JpaRepository<Rating, Long> {

    Optional<Rating> findFirstByFilmIdAndMemberIdOrderBySeqDesc(long filmId, long memberId);

    /** A film's whole history, each member's ratings in the order given. */
    List<Rating> findByFilmIdOrderByMemberIdAscSeqAsc(long filmId);

    /** A club's whole history, by film, then member, then order given. */
    List<Rating> findByClubIdOrderByFilmIdAscMemberIdAscSeqAsc(long clubId);

    /** One member's ratings in a club, in the order given per film. */
    List<Rating> findByClubIdAndMemberIdOrderBySeqAsc(long clubId, long memberId);

    @Query("select distinct r.filmId from Rating r where r.clubId = :clubId")
    List<Long> ratedFilms(long clubId);

    long countByClubIdAndMemberIdAndRatedAtAfter(long clubId, long memberId, java.time.Instant since);
}
