package org.filmclub.base;

import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Absolute addresses of the app's pages for links that leave the browser, such as those in mail. With
 * {@code filmclub.public-url} set (say {@code https://films.example.org}), always that. Without it,
 * development and the tests build them from the request the app is serving; with {@code prod} never: a
 * mail must not carry a host a client chose, so there the setting is required before anything is mailed.
 */
@Component
public class PublicUrl {

    static final String PROPERTY = "filmclub.public-url";

    private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);

    private final Environment environment;

    PublicUrl(Environment environment) {
        this.environment = environment;
    }

    /**
     * @param path one of {@link AppPaths}, without a leading slash
     * @return empty only with {@code prod} when {@code filmclub.public-url} is not set (logged)
     */
    public Optional<String> of(String path) {
        return base().map(base -> base + "/" + path);
    }

    private Optional<String> base() {
        var configured = environment.getProperty(PROPERTY, "").strip();
        if (!configured.isEmpty()) {
            return Optional.of(
                    configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured);
        }
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            log.error(
                    "No link can be mailed: set {} (FILMCLUB_PUBLIC_URL) to the address members reach the app at",
                    PROPERTY);
            return Optional.empty();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var http = attributes.getRequest();
            var port = http.getServerPort();
            var defaultPort = ("http".equals(http.getScheme()) && port == 80)
                    || ("https".equals(http.getScheme()) && port == 443);
            return Optional.of(http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port)
                    + http.getContextPath());
        }
        return Optional.of("http://localhost:" + environment.getProperty("local.server.port", "8080"));
    }
}
