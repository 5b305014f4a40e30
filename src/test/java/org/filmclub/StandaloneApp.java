package org.filmclub;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The whole application started as `java -jar` would start it, for tests that need their own. */
public final class StandaloneApp {

    private StandaloneApp() {
    }

    /** Starts the app without demo data on a random port; the arguments are command-line properties. */
    public static ConfigurableApplicationContext start(String... args) {
        var all = new java.util.ArrayList<>(List.of(args));
        all.add("--server.port=0");
        return new SpringApplicationBuilder(FilmclubApplication.class).profiles("prod").run(all.toArray(String[]::new));
    }

    /** Runs service calls as the given member, as a signed-in request would. */
    public static <T> T as(String username, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
