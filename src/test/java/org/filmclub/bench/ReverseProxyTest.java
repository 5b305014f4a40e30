package org.filmclub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.filmclub.StandaloneApp.as;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.filmclub.StandaloneApp;
import org.filmclub.browser.Chromium;
import org.filmclub.club.ClubDetails;
import org.filmclub.club.ClubService;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberService;
import org.filmclub.member.SignUp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reverse-proxy example in {@code docs/deploy/nginx-two-nodes.conf}, run for real: Debian's nginx
 * ending TLS (with a certificate made for the run) in front of two nodes on one PostgreSQL, the nodes
 * started with {@code prod}. Members connect through it over the protocol a browser speaks, from
 * addresses of their own ({@code 127.0.0.x}), and in Chromium. Skipped where nginx is missing, unless
 * {@code -Dnginx.required=true} (as CI sets) makes that a failure.
 */
class ReverseProxyTest {

    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final Path EXAMPLE = Path.of("docs", "deploy", "nginx-two-nodes.conf");
    static final String PASSWORD = "behind the proxy";
    /**
     * More wrong passwords than the login throttle lets through from one address before it holds that address
     * back (5), fewer than it lets through for one account from all addresses together (10).
     */
    static final int WRONG_GUESSES = 8;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:content|value)=\"([^\"]+)\"");

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static Process nginx;
    private static int proxyPort;
    private static int plainPort;
    private static SSLContext tls;
    private static String slug;
    private static long filmId;

    @BeforeAll
    static void startNodesBehindNginx() throws Exception {
        if (!Files.isExecutable(NGINX)) {
            var message = "The reverse-proxy test needs Debian's nginx: sudo apt-get install nginx";
            if (Boolean.getBoolean("nginx.required")) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        postgres = EmbeddedPostgres.builder().start();
        var url = "--SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        a = node(url);
        b = node(url);
        proxyPort = freePort();
        plainPort = freePort();
        nginx = startNginx(port(a), port(b));
        var members = a.getBean(MemberService.class);
        for (var username : List.of("proxyhost", "proxyguest", "proxyana", "proxyvictim", "proxybrowser")) {
            members.signUp(new SignUp(username, "Pia " + username, PASSWORD, "UTC", username + "@example.org"));
        }
        var clubs = a.getBean(ClubService.class);
        slug = as("proxyhost", () -> clubs.create(new ClubDetails("Proxy Club", "", "")))
                .slug();
        var code = as("proxyhost", () -> clubs.home(slug).invite().orElseThrow().code());
        as("proxyguest", () -> clubs.join(code));
        as("proxybrowser", () -> clubs.join(code));
        filmId = as("proxyhost", () -> a.getBean(FilmService.class)
                        .add(slug, new FilmDetails("Playtime", 1967, "Jacques Tati", 124, "", "")))
                .id();
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        for (var node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void a_member_behind_the_proxy_sees_live_messages_from_members_on_both_nodes() throws Exception {
        var member = LoadClient.overHttps(proxyPort, tls);
        try {
            member.logIn("proxyguest", PASSWORD);
            member.open("clubs/" + slug + "/films/" + filmId);
            var fromA = "posted on node A " + UUID.randomUUID();
            var fromB = "posted on node B " + UUID.randomUUID();
            var arrivedA = member.expect(fromA);
            var arrivedB = member.expect(fromB);
            post(a, fromA);
            post(b, fromB);
            // One of the two came from the node this member is not connected to.
            assertThat(arrivedA.get(30, TimeUnit.SECONDS)).isPositive();
            assertThat(arrivedB.get(30, TimeUnit.SECONDS)).isPositive();
            member.check();
        } finally {
            member.close();
        }
    }

    @Test
    void pages_through_the_proxy_set_secure_cookies_and_tell_the_browser_https_only_and_what_may_run()
            throws Exception {
        var visitor = Visitor.throughProxy("127.0.0.3");
        var page = visitor.get("/login");

        assertThat(page.headers("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(c -> assertThat(attributes(c)).contains("secure", "httponly"));
        assertThat(page.header("Strict-Transport-Security"))
                .contains("max-age=31536000")
                .contains("includeSubDomains");
        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("connect-src 'self' wss://localhost:" + proxyPort + ";")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.header("Permissions-Policy")).contains("camera=()").contains("microphone=()");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");

        var login = logIn(visitor, "proxyguest", PASSWORD, true);
        assertThat(loggedIn(login)).as("logged in").isTrue();
        assertThat(login.headers("Set-Cookie"))
                .filteredOn(c -> c.startsWith("remember-me="))
                .singleElement()
                .satisfies(c -> assertThat(attributes(c)).contains("secure", "httponly"));
    }

    @Test
    void plain_http_to_the_proxy_is_sent_to_https() throws Exception {
        var answer = Visitor.plainToProxy("127.0.0.3").get("/login");
        assertThat(answer.status()).isEqualTo(301);
        assertThat(answer.header("Location")).startsWith("https://localhost");
    }

    @Test
    void invite_and_calendar_links_use_https_when_the_member_reached_the_proxy_over_https() throws Exception {
        var host = LoadClient.overHttps(proxyPort, tls);
        try {
            host.logIn("proxyhost", PASSWORD);
            // The calendar's address is on the club's home; the invite link on its settings page, for hosts, opened
            // by a client of its own (one client opens one view).
            host.view("clubs/" + slug);
            var calendar = host.press("Show the address");
            assertThat(calendar)
                    .contains("https://localhost:" + proxyPort + "/calendar/club/" + slug + "/")
                    .doesNotContain("http://localhost");
        } finally {
            host.close();
        }
        var hostAgain = LoadClient.overHttps(proxyPort, tls);
        try {
            hostAgain.logIn("proxyhost", PASSWORD);
            assertThat(hostAgain.view("clubs/" + slug + "/settings"))
                    .contains("https://localhost:" + proxyPort + "/join/")
                    .doesNotContain("http://localhost");
        } finally {
            hostAgain.close();
        }
    }

    @Test
    void wrong_passwords_from_one_address_behind_the_proxy_never_hold_back_the_member_at_another() throws Exception {
        var guesser = Visitor.throughProxy("127.0.0.4");
        for (var i = 0; i < WRONG_GUESSES; i++) {
            assertThat(loggedIn(logIn(guesser, "proxyana", "not her password " + i, false)))
                    .isFalse();
        }
        var ana = Visitor.throughProxy("127.0.0.5");
        assertThat(loggedIn(logIn(ana, "proxyana", PASSWORD, false)))
                .as("Ana, at her own address, logs in")
                .isTrue();
    }

    @Test
    void a_client_connecting_straight_to_a_node_cannot_pose_as_another_address_or_as_https() throws Exception {
        // Guesses sent to both nodes, each claiming to come, through a proxy, from the victim's own address.
        for (var node : List.of(a, b)) {
            var forger = Visitor.straightTo(
                    port(node),
                    "127.0.0.6",
                    Map.of(
                            "X-Forwarded-For",
                            "127.0.0.7",
                            "X-Forwarded-Proto",
                            "https",
                            "X-Forwarded-Host",
                            "filmclub.example"));
            var page = forger.get("/login");
            assertThat(page.header("Strict-Transport-Security"))
                    .as("HSTS on plain http")
                    .isNull();
            assertThat(page.header("Content-Security-Policy"))
                    .contains("connect-src 'self' ws://localhost:" + port(node) + ";");
            for (var i = 0; i < WRONG_GUESSES; i++) {
                assertThat(loggedIn(logIn(forger, "proxyvictim", "not the password " + i, false)))
                        .isFalse();
            }
        }
        var victim = Visitor.throughProxy("127.0.0.7");
        assertThat(loggedIn(logIn(victim, "proxyvictim", PASSWORD, false)))
                .as("the victim logs in")
                .isTrue();
    }

    @Test
    void a_browser_behind_the_proxy_runs_the_app_and_its_push_under_the_content_security_policy() {
        var browser = Chromium.start(1280, 800, "--ignore-certificate-errors");
        try {
            // Every page records what the policy refused, before any of the page's own scripts run.
            browser.executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument",
                    Map.of(
                            "source",
                            "window.refused = []; document.addEventListener('securitypolicyviolation',"
                                    + " e => window.refused.push(e.violatedDirective + ' ' + e.blockedURI));"));
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60)) {
                @Override
                protected RuntimeException timeoutException(String message, Throwable lastException) {
                    return new IllegalStateException(
                            message + "; the policy refused " + refused(browser), lastException);
                }
            };
            var proxy = "https://localhost:" + proxyPort;
            browser.get(proxy + "/login");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                    .sendKeys("proxybrowser");
            browser.findElement(By.cssSelector("input[name=password]")).sendKeys(PASSWORD);
            browser.findElement(By.xpath("//vaadin-button[normalize-space()='Log in']"))
                    .click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            assertThat(refused(browser))
                    .as("refused on the first page after login")
                    .isEmpty();

            browser.get(proxy + "/clubs/" + slug + "/films/" + filmId);
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-text-area.discussion-composer")));
            var fromA = "pushed from node A " + UUID.randomUUID();
            var fromB = "pushed from node B " + UUID.randomUUID();
            post(a, fromA);
            post(b, fromB);
            wait.until(d -> browser.executeScript("return document.body.innerText")
                            .toString()
                            .contains(fromA)
                    && browser.executeScript("return document.body.innerText")
                            .toString()
                            .contains(fromB));
            assertThat(refused(browser)).as("refused on the film page").isEmpty();
        } finally {
            browser.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> refused(ChromeDriver browser) {
        return (List<Object>) browser.executeScript("return window.refused || []");
    }

    private static void post(ConfigurableApplicationContext node, String text) {
        as("proxyhost", () -> node.getBean(DiscussionService.class)
                .post(slug, filmId, text, null, UUID.randomUUID().toString()));
    }

    /** The login form, as a browser sends it: the page for its CSRF token, then the form. */
    private static Response logIn(Visitor visitor, String username, String password, boolean remember)
            throws IOException {
        var page = visitor.get("/login");
        var token = CSRF.matcher(page.body());
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        return visitor.post(
                "/login",
                "_csrf=" + enc(token.group(1)) + "&username=" + enc(username) + "&password=" + enc(password)
                        + (remember ? "&remember-me=on" : ""));
    }

    private static boolean loggedIn(Response login) {
        var next = login.header("Location");
        return login.status() == 302 && next != null && !next.contains("/login");
    }

    /** A cookie's attributes, lower-cased, without its value. */
    private static List<String> attributes(String setCookie) {
        var parts = setCookie.split(";");
        var names = new ArrayList<String>();
        for (var i = 1; i < parts.length; i++) {
            names.add(parts[i].strip().split("=")[0].toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static ConfigurableApplicationContext node(String url) {
        return StandaloneApp.start(
                "--spring.profiles.active=postgres",
                url,
                "--SPRING_DATASOURCE_USERNAME=postgres",
                "--SPRING_DATASOURCE_PASSWORD=");
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    /**
     * The committed example with this run's ports and a certificate made for it, run in the foreground with its
     * files in a folder of its own.
     */
    private static Process startNginx(int nodeA, int nodeB) throws Exception {
        var dir = Files.createTempDirectory("filmclub-nginx");
        var conf = Files.readString(EXAMPLE);
        conf = replace(conf, "listen 80;", "listen 127.0.0.1:" + plainPort + ";");
        conf = replace(conf, "listen 443 ssl;", "listen 127.0.0.1:" + proxyPort + " ssl;");
        conf = replace(conf, "server 127.0.0.1:8081;", "server 127.0.0.1:" + nodeA + ";");
        conf = replace(conf, "server 127.0.0.1:8082;", "server 127.0.0.1:" + nodeB + ";");
        conf = replace(
                conf,
                "/etc/ssl/filmclub/fullchain.pem",
                dir.resolve("certificate.pem").toString());
        conf = replace(
                conf, "/etc/ssl/filmclub/privkey.pem", dir.resolve("key.pem").toString());
        conf = replace(
                conf,
                "http {",
                "http {\n    client_body_temp_path " + dir + "/body;\n    proxy_temp_path " + dir
                        + "/proxy;\n    access_log off;");
        tls = makeCertificate(dir);
        var file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        var nginx = new ProcessBuilder(
                        NGINX.toString(),
                        "-p",
                        dir.toString(),
                        "-c",
                        file.toString(),
                        "-g",
                        "daemon off; pid " + dir.resolve("nginx.pid") + "; error_log " + dir.resolve("error.log") + ";")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile())
                .start();
        // Until nginx accepts on its port; the minute only bounds a start that hangs, however slow the machine.
        var patience = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < patience) {
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

    /**
     * A certificate for localhost made with the JDK's keytool, written as nginx reads it ({@code certificate.pem},
     * {@code key.pem}); returns the TLS context of clients that trust it.
     */
    private static SSLContext makeCertificate(Path dir) throws Exception {
        var store = dir.resolve("tls.p12");
        var password = "proxy-test".toCharArray();
        var keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "proxy",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        "proxy-test",
                        "-keypass",
                        "proxy-test")
                .redirectErrorStream(true)
                .start();
        var said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as("keytool: " + said).isZero();
        var keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            keys.load(in, password);
        }
        var certificate = keys.getCertificate("proxy");
        Files.writeString(dir.resolve("certificate.pem"), pem("CERTIFICATE", certificate.getEncoded()));
        Files.writeString(
                dir.resolve("key.pem"),
                pem("PRIVATE KEY", keys.getKey("proxy", password).getEncoded()));
        var trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("proxy", certificate);
        var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        var context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static String replace(String conf, String line, String with) {
        assertThat(conf).as("the example's line " + line).contains(line);
        return conf.replace(line, with);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    record Response(int status, List<String[]> headerLines, String body) {

        String header(String name) {
            return headers(name).stream().findFirst().orElse(null);
        }

        List<String> headers(String name) {
            return headerLines.stream()
                    .filter(h -> h[0].equalsIgnoreCase(name))
                    .map(h -> h[1])
                    .toList();
        }
    }

    /**
     * Someone at a loopback address of their own ({@code 127.0.0.x}: Linux answers on all of them), speaking
     * HTTP/1.0 over a new connection per request (over TLS to the proxy), keeping cookies as a browser does,
     * and sending any extra headers given with every request.
     */
    private static final class Visitor {

        private final String address;
        private final int port;
        private final boolean https;
        private final Map<String, String> extraHeaders;
        private final Map<String, String> cookies = new LinkedHashMap<>();

        private Visitor(String address, int port, boolean https, Map<String, String> extraHeaders) {
            this.address = address;
            this.port = port;
            this.https = https;
            this.extraHeaders = extraHeaders;
        }

        /** A member reaching the proxy over https, as members do. */
        static Visitor throughProxy(String address) {
            return new Visitor(address, proxyPort, true, Map.of());
        }

        static Visitor plainToProxy(String address) {
            return new Visitor(address, plainPort, false, Map.of());
        }

        /** Someone who found a node's own port, speaking plain http to it with these headers. */
        static Visitor straightTo(int nodePort, String address, Map<String, String> headers) {
            return new Visitor(address, nodePort, false, headers);
        }

        Response get(String path) throws IOException {
            return send("GET", path, null);
        }

        Response post(String path, String form) throws IOException {
            return send("POST", path, form);
        }

        private Response send(String method, String path, String form) throws IOException {
            try (var plain = new Socket()) {
                plain.bind(new InetSocketAddress(address, 0));
                plain.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
                plain.setSoTimeout(60_000);
                var socket = https ? tls.getSocketFactory().createSocket(plain, "localhost", port, true) : plain;
                var request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n");
                extraHeaders.forEach((name, value) ->
                        request.append(name).append(": ").append(value).append("\r\n"));
                if (!cookies.isEmpty()) {
                    request.append("Cookie: ")
                            .append(String.join(
                                    "; ",
                                    cookies.entrySet().stream()
                                            .map(c -> c.getKey() + "=" + c.getValue())
                                            .toList()))
                            .append("\r\n");
                }
                var body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
                if (form != null) {
                    request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                            .append(body.length)
                            .append("\r\n");
                }
                request.append("\r\n");
                var out = socket.getOutputStream();
                out.write(request.toString().getBytes(StandardCharsets.UTF_8));
                out.write(body);
                out.flush();
                return read(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        private Response read(String raw) {
            var end = raw.indexOf("\r\n\r\n");
            var head = (end < 0 ? raw : raw.substring(0, end)).split("\r\n");
            var status = Integer.parseInt(head[0].split(" ")[1]);
            var lines = new ArrayList<String[]>();
            for (var i = 1; i < head.length; i++) {
                var colon = head[i].indexOf(':');
                var line = new String[] {
                    head[i].substring(0, colon).strip(),
                    head[i].substring(colon + 1).strip()
                };
                lines.add(line);
                if (line[0].equalsIgnoreCase("Set-Cookie")) {
                    var pair = line[1].split(";")[0];
                    var eq = pair.indexOf('=');
                    var value = pair.substring(eq + 1);
                    if (value.isEmpty() || line[1].toLowerCase(Locale.ROOT).contains("max-age=0")) {
                        cookies.remove(pair.substring(0, eq));
                    } else {
                        cookies.put(pair.substring(0, eq), value);
                    }
                }
            }
            return new Response(status, lines, end < 0 ? "" : raw.substring(end + 4));
        }
    }
}
