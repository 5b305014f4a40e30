package org.filmclub;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The whole application started as `java -jar` would start it, for tests that need their own. */
public final class StandaloneApp {

    private StandaloneApp() {}

    /**
     * Starts the app without demo data on a random port; the arguments are command-line properties.
     * Spring Security keeps one holder strategy for the whole JVM and each app installs its own, so
     * the one in place before is put back when this app closes: the shared test app's requests and
     * its services must keep reading the same holder.
     */
    public static ConfigurableApplicationContext start(String... args) {
        return start("prod", args);
    }

    /** Starts the app as a newcomer's first run does: with the demo club and its accounts. */
    public static ConfigurableApplicationContext startWithDemo(String... args) {
        return start("demo", args);
    }

    /** Starts the app as {@code java -jar} of the built jar does with only these arguments: no profile chosen. */
    public static ConfigurableApplicationContext startAsJar(String... args) {
        return start(null, args);
    }

    private static ConfigurableApplicationContext start(String profile, String... args) {
        var all = new java.util.ArrayList<>(List.of(args));
        all.add("--server.port=0");
        var before = SecurityContextHolder.getContextHolderStrategy();
        var builder = new SpringApplicationBuilder(FilmclubApplication.class);
        if (profile != null) {
            builder.profiles(profile);
        }
        var app = builder.run(all.toArray(String[]::new));
        app.addApplicationListener(
                (ContextClosedEvent closed) -> SecurityContextHolder.setContextHolderStrategy(before));
        return app;
    }

    /** Runs service calls as the given member, as a signed-in request would. */
    public static <T> T as(String username, Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
