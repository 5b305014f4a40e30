package org.filmclub.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.filmclub.member.MemberService;
import org.filmclub.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    static final Duration REMEMBER_ME_VALIDITY = Duration.ofDays(30);
    /** Remembered logins are rows in the database, so this key only ties the cookie check to this process. */
    private final String rememberMeKey = UUID.randomUUID().toString();
    /** The session cookie's setting ({@code prod} turns it on) holds for the remember-me cookie too. */
    private final boolean secureCookies;

    private final boolean strictHeaders;

    SecurityConfig(
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies,
            @Value("${filmclub.security.strict-headers:false}") boolean strictHeaders) {
        this.secureCookies = secureCookies;
        this.strictHeaders = strictHeaders;
    }

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http,
            UserDetailsService members,
            HashedRememberMeTokens rememberedLogins,
            MemberService accounts)
            throws Exception {
        // Calendar apps fetch a club's feed by its secret address and never log in; mail programs follow a
        // signed unsubscribe link the same way (RFC 8058: a POST without a session, so without a CSRF token). The
        // app's icons show on the login page too.
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/actuator/health", "/calendar/club/**", "/mail/unsubscribe", "/icons/**")
                        .permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/mail/unsubscribe"));
        var rememberMe = new HashedTokenRememberMeServices(rememberMeKey, members, rememberedLogins);
        rememberMe.setTokenValiditySeconds((int) REMEMBER_ME_VALIDITY.toSeconds());
        if (secureCookies) {
            rememberMe.setUseSecureCookie(true);
        }
        http.rememberMe(r -> r.rememberMeServices(rememberMe).key(rememberMeKey));
        http.addFilterAfter(new StaleLoginFilter(accounts), SecurityContextHolderFilter.class);
        if (strictHeaders) {
            StrictHeaders.apply(http);
        }
        return http.with(
                        VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"))
                .build();
    }

    @Bean
    HashedRememberMeTokens rememberedLoginTokens(DataSource dataSource) {
        var repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        return new HashedRememberMeTokens(repository);
    }
}
