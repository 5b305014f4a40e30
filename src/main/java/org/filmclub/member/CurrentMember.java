package org.filmclub.member;

import java.util.Optional;
import org.filmclub.base.NotPermittedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The member behind the current request, read from the security context and the database. */
@Component
public class CurrentMember {

    private final MemberRepository members;

    CurrentMember(MemberRepository members) {
        this.members = members;
    }

    @Transactional(readOnly = true)
    public Optional<MemberProfile> find() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return members.findByUsername(auth.getName()).map(Member::toProfile);
    }

    public MemberProfile require() {
        return find().orElseThrow(() -> new NotPermittedException("Please log in first."));
    }
}
