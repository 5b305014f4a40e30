package org.filmclub.club;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m join fetch m.club c where c.slug = :slug and m.memberId = :memberId")
    Optional<Membership> findBySlugAndMember(String slug, long memberId);

    @Query("select m from Membership m join fetch m.club c where c.id = :clubId and m.memberId = :memberId")
    Optional<Membership> findByClubAndMember(long clubId, long memberId);

    @Query("select m from Membership m join fetch m.club c where m.memberId = :memberId order by lower(c.name)")
    List<Membership> findAllOfMember(long memberId);

    @Query("select m from Membership m where m.club.id = :clubId")
    List<Membership> findAllInClub(long clubId);

    @Query("select m.memberId from Membership m where m.club.id = :clubId and m.memberId in :memberIds")
    List<Long> findMemberIdsInClub(long clubId, Collection<Long> memberIds);

    @Query("select count(m) from Membership m where m.club.id = :clubId and m.role = :role")
    long countInRole(long clubId, Role role);
}
