package org.filmclub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.filmclub.StandaloneApp.as;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.filmclub.StandaloneApp;
import org.filmclub.club.ClubDetails;
import org.filmclub.club.ClubService;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberService;
import org.filmclub.member.SignUp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reverse-proxy example in {@code docs/deploy/nginx-two-nodes.conf}, run for real: Debian's nginx
 * in front of two nodes on one PostgreSQL. A member connected through it, over the protocol a browser
 * speaks, sees live messages posted on either node. Skipped where nginx is missing, unless
 * {@code -Dnginx.required=true} (as CI sets) makes that a failure.
 */
class ReverseProxyTest {

    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final Path EXAMPLE = Path.of("docs", "deploy", "nginx-two-nodes.conf");

    @Test
    void a_member_behind_the_proxy_sees_live_messages_from_members_on_both_nodes() throws Exception {
        if (!Files.isExecutable(NGINX)) {
            var message = "The reverse-proxy test needs Debian's nginx: sudo apt-get install nginx";
            if (Boolean.getBoolean("nginx.required")) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        try (var postgres = EmbeddedPostgres.builder().start()) {
            var url = "--SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            try (var a = node(url); var b = node(url)) {
                var proxyPort = freePort();
                var nginx = startNginx(proxyPort, port(a), port(b));
                try {
                    a.getBean(MemberService.class).signUp(new SignUp("proxyhost", "Pia Proxy", "behind the proxy", "UTC"));
                    a.getBean(MemberService.class).signUp(new SignUp("proxyguest", "Gus Guest", "behind the proxy", "UTC"));
                    var clubs = a.getBean(ClubService.class);
                    var slug = as("proxyhost", () -> clubs.create(new ClubDetails("Proxy Club", "", ""))).slug();
                    var code = as("proxyhost", () -> clubs.home(slug).invite().orElseThrow().code());
                    as("proxyguest", () -> clubs.join(code));
                    var filmId = as("proxyhost", () -> a.getBean(FilmService.class)
                            .add(slug, new FilmDetails("Playtime", 1967, "Jacques Tati", 124, "", ""))).id();

                    var member = new LoadClient(proxyPort);
                    try {
                        member.logIn("proxyguest", "behind the proxy");
                        member.open("clubs/" + slug + "/films/" + filmId);
                        var fromA = "posted on node A " + UUID.randomUUID();
                        var fromB = "posted on node B " + UUID.randomUUID();
                        var arrivedA = member.expect(fromA);
                        var arrivedB = member.expect(fromB);
                        post(a, slug, filmId, fromA);
                        post(b, slug, filmId, fromB);
                        // One of the two came from the node this member is not connected to.
                        assertThat(arrivedA.get(30, TimeUnit.SECONDS)).isPositive();
                        assertThat(arrivedB.get(30, TimeUnit.SECONDS)).isPositive();
                        member.check();
                    } finally {
                        member.close();
                    }
                } finally {
                    nginx.destroy();
                    nginx.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static void post(ConfigurableApplicationContext node, String slug, long filmId, String text) {
        as("proxyhost", () -> node.getBean(DiscussionService.class).post(slug, filmId, text, null, UUID.randomUUID().toString()));
    }

    private static ConfigurableApplicationContext node(String url) {
        return StandaloneApp.start("--spring.profiles.active=postgres", url, "--SPRING_DATASOURCE_USERNAME=postgres",
                "--SPRING_DATASOURCE_PASSWORD=");
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    /** The committed example with this run's ports, run in the foreground with its files in a folder of its own. */
    private static Process startNginx(int proxyPort, int nodeA, int nodeB) throws IOException, InterruptedException {
        var dir = Files.createTempDirectory("filmclub-nginx");
        var conf = Files.readString(EXAMPLE).replace("listen 8080;", "listen 127.0.0.1:" + proxyPort + ";")
                .replace("server 127.0.0.1:8081;", "server 127.0.0.1:" + nodeA + ";")
                .replace("server 127.0.0.1:8082;", "server 127.0.0.1:" + nodeB + ";")
                .replace("http {", "http {\n    client_body_temp_path " + dir + "/body;\n    proxy_temp_path " + dir
                        + "/proxy;\n    access_log off;");
        var file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        var nginx = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", file.toString(),
                "-g", "daemon off; pid " + dir.resolve("nginx.pid") + "; error_log " + dir.resolve("error.log") + ";")
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        for (var i = 0; i < 100; i++) {
            try (var probe = new Socket("127.0.0.1", proxyPort)) {
                return nginx;
            } catch (IOException notYet) {
                if (!nginx.isAlive()) {
                    fail("nginx did not start: " + Files.readString(dir.resolve("out.log")));
                }
                Thread.sleep(100);
            }
        }
        nginx.destroy();
        throw new IllegalStateException("nginx did not listen on " + proxyPort);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
