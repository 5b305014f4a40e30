package org.filmclub.member;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByUsername(String username);

    Optional<Member> findByEmail(String email);

    List<Member> findByUsernameIn(Collection<String> usernames);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);
}
