package org.filmclub.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What {@code prod} tells browsers on top of Spring Security's defaults (no sniffing of content types,
 * no framing): HTTPS only from now on, what a page may load and run, no addresses leaked to other sites,
 * and no access to devices the app never uses. Vaadin's client needs inline scripts and styles and
 * {@code eval} (it runs the scripts a view sends with {@code new Function}); nothing may come from
 * another site but images over https (posters, pictures in essays).
 */
final class StrictHeaders {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self' data:; connect-src 'self'%s; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";
    static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    /** A host as Tomcat accepts it, and nothing that could end a directive. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]{1,255}");

    private StrictHeaders() {}

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds()).includeSubDomains(true))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .addHeaderWriter(StrictHeaders::contentSecurityPolicy));
    }

    private static void contentSecurityPolicy(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY.formatted(pushSocket(request)));
    }

    /**
     * The push WebSocket's origin, as the browser reached the app (through the proxy: its scheme and host).
     * {@code 'self'} covers it in current browsers; Safari before 15.4 needs it named.
     */
    private static String pushSocket(HttpServletRequest request) {
        var host = request.getServerName();
        if (host == null || !HOST.matcher(host).matches()) {
            return "";
        }
        var secure = request.isSecure();
        var port = request.getServerPort();
        return " " + (secure ? "wss://" : "ws://") + host + (port == (secure ? 443 : 80) ? "" : ":" + port);
    }
}
