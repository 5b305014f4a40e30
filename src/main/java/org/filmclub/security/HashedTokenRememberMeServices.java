package org.filmclub.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;

/** Spring's remembered logins, checking the cookie's token against the hash that {@link HashedRememberMeTokens} stores. */
final class HashedTokenRememberMeServices extends PersistentTokenBasedRememberMeServices {

    HashedTokenRememberMeServices(String key, UserDetailsService members, HashedRememberMeTokens tokens) {
        super(key, members, tokens);
    }

    @Override
    protected UserDetails processAutoLoginCookie(
            String[] cookieTokens, HttpServletRequest request, HttpServletResponse response) {
        if (cookieTokens.length == 2) {
            cookieTokens = new String[] {cookieTokens[0], HashedRememberMeTokens.hash(cookieTokens[1])};
        }
        return super.processAutoLoginCookie(cookieTokens, request, response);
    }
}
