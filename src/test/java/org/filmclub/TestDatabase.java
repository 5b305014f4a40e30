package org.filmclub;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database the app tests run on: an H2 file of their own by default, or, when the build runs
 * the suite a second time with {@code -Dfilmclub.test.database=postgres}, a real PostgreSQL server
 * started once for the whole run and given to the app through the {@code postgres} profile.
 */
public final class TestDatabase implements ActiveProfilesResolver {

    public static final boolean POSTGRES = "postgres".equals(System.getProperty("filmclub.test.database"));

    private static EmbeddedPostgres server;

    @Override
    public String[] resolve(Class<?> testClass) {
        return POSTGRES ? new String[] {"test", "demo", "postgres"} : new String[] {"test", "demo"};
    }

    static void register(DynamicPropertyRegistry properties) {
        if (!POSTGRES) {
            return;
        }
        var port = server().getPort();
        properties.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + port + "/postgres");
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "");
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the run is over either way
                }
            }));
        }
        return server;
    }
}
