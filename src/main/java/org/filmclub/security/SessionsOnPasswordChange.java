package org.filmclub.security;

import org.filmclub.member.MemberService;
import org.filmclub.member.PasswordChanged;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A new password ends every other session of the member ({@link StaleLoginFilter}); the session in
 * which the member changed it stays logged in, with the new password's fingerprint.
 */
@Component
class SessionsOnPasswordChange {

    private final MemberService members;

    SessionsOnPasswordChange(MemberService members) {
        this.members = members;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordChanged event) {
        var context = SecurityContextHolder.getContext();
        var login = context.getAuthentication();
        if (login == null
                || !(login.getPrincipal() instanceof SignedInMember member)
                || !member.getUsername().equals(event.username())) {
            return;
        }
        var renewed = new SignedInMember(
                member.getUsername(),
                members.credentials(event.username()).orElseThrow().passwordHash());
        renewed.eraseCredentials();
        var stillLoggedIn = UsernamePasswordAuthenticationToken.authenticated(renewed, null, login.getAuthorities());
        stillLoggedIn.setDetails(login.getDetails());
        context.setAuthentication(stillLoggedIn);
        // Vaadin reads the login from the session, and Spring saves it there only at login.
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    context,
                    RequestAttributes.SCOPE_SESSION);
        }
    }
}
