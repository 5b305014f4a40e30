package org.filmclub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.filmclub.member.MemberService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session logged in with a password the member has since changed, on its next request. The
 * check reads the member's current password hash from the database, so a change on one server signs
 * the member out on every server; the session that made the change was given the new fingerprint
 * (see {@link SessionsOnPasswordChange}).
 */
final class StaleLoginFilter extends OncePerRequestFilter {

    private final MemberService members;

    StaleLoginFilter(MemberService members) {
        this.members = members;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var holder = SecurityContextHolder.getContextHolderStrategy();
        var login = holder.getContext().getAuthentication();
        if (login != null
                && !(login instanceof AnonymousAuthenticationToken)
                && login.isAuthenticated()
                && !current(login)) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            holder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean current(Authentication login) {
        if (!(login.getPrincipal() instanceof SignedInMember member)) {
            return false;
        }
        return members.credentials(member.getUsername())
                .map(c -> SignedInMember.versionOf(c.passwordHash()).equals(member.credentialsVersion()))
                .orElse(false);
    }
}
