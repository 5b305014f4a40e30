package org.filmclub.security;

import org.filmclub.member.MemberLimits;
import org.filmclub.member.MemberService;
import org.filmclub.security.ui.LoginView;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Checks a member's password, with the login throttle in front of it. */
@Component
class MemberAuthentication implements AuthenticationProvider, UserDetailsService {

    private final MemberService members;
    private final LoginThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    MemberAuthentication(MemberService members, LoginThrottle throttle, PasswordEncoder passwordEncoder) {
        this.members = members;
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(this);
        this.passwords.setPasswordEncoder(passwordEncoder);
    }

    @Override
    public SignedInMember loadUserByUsername(String username) {
        return members.credentials(username)
                .map(c -> new SignedInMember(c.username(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No such member"));
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var username = MemberService.normalizeUsername(attempt.getName());
        var address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        if (username.length() > MemberLimits.USERNAME_MAX) {
            throw new BadCredentialsException("No such member");
        }
        rememberForTheForm(attempt.getName());
        rememberTheInvitePosted();
        var waitUntil = throttle.attempt(username, address);
        if (waitUntil.isPresent()) {
            throw new LoginThrottledException(waitUntil.get());
        }
        var result = passwords.authenticate(attempt);
        throttle.succeeded(username, address);
        return result;
    }

    /** The login page shows the username again after a failure, so the member only retypes the password. */
    private static void rememberForTheForm(String username) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(LoginView.LAST_USERNAME, username, RequestAttributes.SCOPE_SESSION);
        }
    }

    /**
     * The invite this login form carried, if its invite page sent the member here; a form without one
     * forgets what an earlier attempt carried, so only the login that posted an invite joins its club.
     */
    private static void rememberTheInvitePosted() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            InviteAtLogin.posted(request, request.getRequest().getParameter(InviteAtLogin.PARAMETER));
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
