package org.filmclub.bench;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.net.ssl.SSLContext;
import org.filmclub.discussion.ui.MessageList;

/**
 * One member's browser tab, spoken at the level of Vaadin's protocol with no browser: it logs in with the
 * form, opens a view as Vaadin's client engine does, listens on the push WebSocket, and can type a message
 * and press Send. The discussion's rows come in the pushes themselves, so a tab never asks for them. It answers the server only where the
 * protocol needs an answer, so the server does the same work for it as for a real tab. Text registered
 * with {@link #expect} is timed when it first arrives in a message from the server.
 *
 * <p>The server draws a page's view in the page's own request ({@code vaadin.eagerServerLoad}): the HTML carries
 * the UI's id, its first UIDL message (the view's tree, the sync id, the CSRF token and the push id), and the tab
 * goes on with that UI, as the browser does, so one page opened is one UI on the server. A tab shows one page at a
 * time: opening another leaves the one before with the unload beacon, as a browser going to another address does,
 * and so do the pages {@link #logIn} passes through.
 */
final class LoadClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UIDL = "for(;;);";
    /** Where the bootstrap HTML hands the client engine the UI the page's request made. */
    private static final String INITIAL = "window.Vaadin.TypeScript=";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:content|value)=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** How many times a tab tries to open its push socket. */
    private static final int HANDSHAKES = 3;
    /** The script with which the discussion list draws all its rows. */
    private static final String ROWS_DRAWN = MessageList.DRAW_ALL;
    /** What the client engine sends with a click: the fields Flow's ClickEvent reads. */
    private static final Map<String, Object> CLICK = Map.of(
            "event.screenX",
            0,
            "event.screenY",
            0,
            "event.clientX",
            0,
            "event.clientY",
            0,
            "event.detail",
            1,
            "event.button",
            0,
            "event.ctrlKey",
            false,
            "event.shiftKey",
            false,
            "event.altKey",
            false,
            "event.metaKey",
            false);
    /** Shared by all tabs, so that a hundred of them do not start a hundred thread pools. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(run -> {
        var thread = new Thread(run, "load-client");
        thread.setDaemon(true);
        return thread;
    });

    /** The clients plain-http tabs share, taken in turn. */
    private static final HttpClient[] SHARED =
            IntStream.range(0, 8).mapToObj(i -> client(null)).toArray(HttpClient[]::new);

    private static final AtomicLong TABS = new AtomicLong();

    private final URI base;
    /** The tab's browser's cookies; tabs of one browser share them. */
    private final CookieManager cookies;
    /** Whom to trust over https; null for plain http. */
    private final SSLContext tls;

    private final HttpClient http;
    private final Map<String, CompletableFuture<Long>> expected = new ConcurrentHashMap<>();
    private final AtomicInteger syncId = new AtomicInteger();
    private final AtomicLong pushedChars = new AtomicLong();
    /** Messages that came on the push socket, and of them those that carried each text of {@link #count}. */
    private final AtomicLong pushes = new AtomicLong();

    private final Map<String, AtomicLong> counted = new ConcurrentHashMap<>();
    private volatile Throwable broken;
    private WebSocket socket;
    private int uiId;
    /** The open page's CSRF token for its UIDL requests; null while no page with a UI is open. */
    private String securityKey;
    /** The open page's push id, for its push socket. */
    private String pushId;
    /** The id the server expects on our next request; only our own requests move it. */
    private int clientId;

    /** What the tree tells while a view opens, to find the list and the composer; dropped once they are found. */
    private Map<Integer, String> tags;

    private Map<Integer, Set<String>> classes;
    private Map<Integer, Integer> parents;
    private Map<Integer, String> texts;
    private int composer = -1;
    private int send = -1;

    /** The first UIDL message of the page {@link #view} opened, as the bootstrap HTML carried it. */
    private String initialUidl;

    /** Time from the page's address to the discussion's rows drawn; the push socket is opened after. */
    private long openNanos;

    LoadClient(int port) {
        this(URI.create("http://localhost:" + port + "/"), new CookieManager(), null);
    }

    /** A tab that reaches the app over https, trusting what this context trusts. */
    static LoadClient overHttps(int port, SSLContext tls) {
        return new LoadClient(URI.create("https://localhost:" + port + "/"), new CookieManager(), tls);
    }

    private LoadClient(URI base, CookieManager cookies, SSLContext tls) {
        this.base = base;
        this.cookies = cookies;
        this.tls = tls;
        this.http = tls == null ? SHARED[(int) (TABS.getAndIncrement() % SHARED.length)] : client(tls);
    }

    /**
     * An HTTP client without a cookie store: each tab keeps its own cookies and sends them itself, so that thousands
     * of tabs share a few clients (each with a selector thread and its descriptors) and their idle connections.
     */
    private static HttpClient client(SSLContext tls) {
        var builder = HttpClient.newBuilder()
                .executor(THREADS)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT);
        if (tls != null) {
            builder.sslContext(tls);
        }
        return builder.build();
    }

    /** A new tab in the same browser: the same session, logged in if this one is, with no view open yet. */
    LoadClient anotherTab() {
        return new LoadClient(base, cookies, tls);
    }

    /** Logs in with the form, as a person does; a refused login fails here rather than later, logged out. */
    void logIn(String username, String password) throws IOException, InterruptedException {
        var page = load("login", false);
        var token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page, which answered " + page.statusCode() + " "
                    + page.headers().firstValue("Location").orElse("") + ": "
                    + page.body().substring(0, Math.min(300, page.body().length())));
        }
        var form = "_csrf=" + enc(token.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
        var answer = send(
                HttpRequest.newBuilder(base.resolve("login"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        var next = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || next.contains("/login")) {
            throw new IllegalStateException("Login of " + username + " refused: " + answer.statusCode() + " " + next);
        }
        // The login page is left by the form's post; the page it forwards to, at once.
        leave();
        load(next, false);
        leave();
    }

    /**
     * Opens a view as a browser given its address does: the page itself (Vaadin's bootstrap HTML), whose answer
     * carries the view already drawn with the discussion's rows, the confirmation that the rows are drawn, the push
     * socket, then the navigation event the client engine sends once it runs (the server, which drew the view in the
     * page's request, keeps it).
     */
    void open(String path) throws IOException, InterruptedException {
        var started = System.nanoTime();
        var rows = expect(ROWS_DRAWN);
        load(path, true);
        composer = find("vaadin-text-area", "discussion-composer");
        var list = find("div", "discussion-list");
        send = texts.entrySet().stream()
                .filter(t -> t.getValue().equals("Send"))
                .map(t -> parents.get(t.getKey()))
                .filter(b -> b != null && "vaadin-button".equals(tags.get(b)))
                .findFirst()
                .orElse(-1);
        if (rows.isDone() && list >= 0) {
            // As the browser does once it has drawn the rows (see MessageList.render).
            rpc(Map.of("type", "event", "node", list, "event", "rows-drawn", "data", Map.of()));
        }
        listen("VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + syncId.get());
        navigate(path);
        try {
            openNanos = rows.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS) - started;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The discussion's rows did not arrive on " + path, e);
        }
    }

    /**
     * Asks for a page as a browser given its address does, leaving the page open before, and takes up the UI the
     * server made for it: its id, CSRF token, push id and first UIDL message, which the bootstrap HTML carries.
     *
     * @param view whether the page must be one of the app's views, with a UI; the login page forwards elsewhere
     */
    private HttpResponse<String> load(String path, boolean view) throws IOException, InterruptedException {
        leave();
        tags = new HashMap<>();
        classes = new HashMap<>();
        parents = new HashMap<>();
        texts = new HashMap<>();
        var page = send(get(path), HttpResponse.BodyHandlers.ofString());
        var arrived = System.nanoTime();
        var at = page.body().indexOf(INITIAL);
        if (page.statusCode() != 200 || at < 0) {
            if (view) {
                throw new IllegalStateException(
                        "Page " + path + " answered " + page.statusCode() + (at < 0 ? " with no UI in it" : ""));
            }
            return page;
        }
        JsonNode config;
        try (var parser = JSON.createParser(page.body().substring(at + INITIAL.length()))) {
            config = parser.<JsonNode>readValueAsTree().path("initial").path("appConfig");
        }
        var uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asText();
        pushId = uidl.path("Vaadin-Push-ID").asText();
        syncId.set(0);
        clientId = read(UIDL + "[" + JSON.writeValueAsString(uidl) + "]", arrived);
        initialUidl = uidl.toString();
        return page;
    }

    private String navigate(String path) throws IOException, InterruptedException {
        return rpc(Map.of(
                "type",
                "event",
                "node",
                1,
                "event",
                "ui-navigate",
                "data",
                Map.of(
                        "route",
                        path,
                        "query",
                        "",
                        "appShellTitle",
                        "",
                        "historyState",
                        Map.of("idx", 0),
                        "trigger",
                        "")));
    }

    /**
     * Opens a view without its push socket and returns what the server sent to build it (the page's first UIDL
     * message and the answer to the navigation); the view's buttons can then be pressed with {@link #press}.
     */
    String view(String path) throws IOException, InterruptedException {
        load(path, true);
        return initialUidl + navigate(path);
    }

    /** Clicks the button with this text on the view {@link #view} opened; returns the server's answer. */
    String press(String text) throws IOException, InterruptedException {
        var button = texts.entrySet().stream()
                .filter(t -> t.getValue().equals(text))
                .map(t -> parents.get(t.getKey()))
                .filter(b -> b != null && "vaadin-button".equals(tags.get(b)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No button " + text));
        return rpc(Map.of("type", "event", "node", button, "event", "click", "data", CLICK));
    }

    /**
     * Opens the push socket at this path and reads what arrives, as {@link #open} does once the view is built.
     * Called alone, it listens to any server that sends frames in the same format, such as the bare broadcast.
     */
    void listen(String path) {
        tags = null;
        classes = null;
        parents = null;
        texts = null;
        var address = URI.create(base.resolve(path).toString().replaceFirst("^http", "ws"));
        var builder = http.newWebSocketBuilder().connectTimeout(TIMEOUT);
        var cookie = cookieHeader(base.resolve(path));
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        // Tomcat now and then answers an upgrade with "Connection: upgrade, close", which Java's client refuses
        // (the server had already switched protocols); like the browser's push client, the tab tries again.
        for (var attempt = 1; ; attempt++) {
            try {
                socket = builder.buildAsync(address, new Frames())
                        .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                        .join();
                return;
            } catch (CompletionException e) {
                if (attempt == HANDSHAKES || !(e.getCause() instanceof WebSocketHandshakeException)) {
                    throw e;
                }
            }
        }
    }

    /** How long {@link #open} took from asking for the page to the discussion's rows. */
    long openNanos() {
        return openNanos;
    }

    /** Types the text into the composer and presses Send: one request, as the client engine sends it. */
    void post(String text) throws IOException, InterruptedException {
        if (composer < 0 || send < 0) {
            throw new IllegalStateException("No discussion composer on this page");
        }
        rpc(
                Map.of("type", "mSync", "node", composer, "feature", 1, "property", "value", "value", text),
                Map.of("type", "event", "node", composer, "event", "change", "data", Map.of()),
                Map.of("type", "event", "node", send, "event", "click", "data", CLICK));
    }

    /**
     * Completes with the {@link System#nanoTime()} at which a message from the server first carried this text;
     * ask before the text can arrive, and keep the future: once it completes, the tab forgets the text.
     */
    CompletableFuture<Long> expect(String marker) {
        return expected.computeIfAbsent(marker, m -> new CompletableFuture<>());
    }

    /** Messages received on the push socket so far. */
    long pushes() {
        return pushes.get();
    }

    /** From now on, counts the pushed messages that carry this text; returns the count so far. */
    long count(String marker) {
        return counted.computeIfAbsent(marker, m -> new AtomicLong()).get();
    }

    /** Characters received on the push socket so far. */
    long pushedChars() {
        return pushedChars.get();
    }

    /** Throws what went wrong in the background, such as a push the tab could not read. */
    void check() {
        if (broken != null) {
            throw new IllegalStateException("Tab " + uiId + " broke", broken);
        }
    }

    /** Tells the server the tab is still there; needed only when a run outlasts the heartbeat interval (300 s). */
    void heartbeat() throws IOException, InterruptedException {
        send(
                HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=" + uiId))
                        .timeout(TIMEOUT)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** Closes the tab as a browser does: the unload beacon, on which the server closes the UI at once, then the socket. */
    @Override
    public void close() {
        leave();
    }

    /**
     * Leaves the open page as a browser does when it closes the tab or goes to another address: the unload beacon,
     * on which the server closes the page's UI at once, then the push socket. Java 17's HttpClient has no close();
     * it ends once nothing refers to it.
     */
    private void leave() {
        if (securityKey != null) {
            try {
                uidl(Map.of(
                        "csrfToken",
                        securityKey,
                        "rpc",
                        List.of(),
                        "syncId",
                        syncId.get(),
                        "clientId",
                        clientId,
                        "UNLOAD",
                        true));
            } catch (IOException e) {
                // A beacon is best effort in browsers too; the server closes the UI when its heartbeats stop.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            securityKey = null;
        }
        if (socket != null) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "")
                    .orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(e -> null)
                    .join();
            socket = null;
        }
    }

    /** One request to the UI with the ids the server checks; requests go one at a time, as from the engine. */
    @SafeVarargs
    private synchronized String rpc(Map<String, ?>... calls) throws IOException, InterruptedException {
        var answer = uidl(
                Map.of("csrfToken", securityKey, "rpc", List.of(calls), "syncId", syncId.get(), "clientId", clientId));
        if (answer.statusCode() != 200 || !answer.body().startsWith(UIDL)) {
            throw new IllegalStateException("UIDL request refused: " + answer.statusCode() + " " + answer.body());
        }
        clientId = read(answer.body(), System.nanoTime());
        return answer.body();
    }

    private HttpResponse<String> uidl(Map<String, ?> message) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Takes from a server message what a tab must know: markers, the sync id, and while a
     * view opens its tree. The rest, mostly the tree's changes, is skipped unread.
     *
     * @return the client id the server expects next, if the message says
     */
    private int read(String uidl, long arrived) throws IOException {
        // A marker that arrived is let go, so that a long run does not look through every marker it ever had.
        expected.entrySet()
                .removeIf(entry ->
                        uidl.contains(entry.getKey()) && entry.getValue().complete(arrived));
        var nextClientId = clientId;
        try (var parser = JSON.createParser(uidl.substring(UIDL.length()))) {
            parser.nextToken(); // the array of messages
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    var field = parser.currentName();
                    parser.nextToken();
                    switch (field) {
                        case "syncId" -> syncId.accumulateAndGet(parser.getIntValue(), Math::max);
                        case "clientId" -> nextClientId = parser.getIntValue();
                        case "changes" -> {
                            if (tags != null) {
                                parser.<JsonNode>readValueAsTree().forEach(this::changed);
                            } else {
                                parser.skipChildren();
                            }
                        }
                        default -> parser.skipChildren();
                    }
                }
            }
        }
        return nextClientId;
    }

    /** A change to the tree: tags, texts, children and classes are kept while the view opens. */
    private void changed(JsonNode change) {
        var node = change.path("node").asInt();
        var key = change.path("key").asText();
        if (change.path("type").asText().equals("put") && (key.equals("tag") || key.equals("text"))) {
            (key.equals("tag") ? tags : texts).put(node, change.path("value").asText());
        }
        change.path("addNodes").forEach(child -> parents.put(child.asInt(), node));
        change.path("add").forEach(name -> classes.computeIfAbsent(node, n -> new HashSet<>())
                .add(name.asText()));
    }

    private int find(String tag, String className) {
        return tags.entrySet().stream()
                .filter(t -> t.getValue().equals(tag))
                .filter(t -> classes.getOrDefault(t.getKey(), Set.of()).contains(className))
                .mapToInt(Map.Entry::getKey)
                .findFirst()
                .orElse(-1);
    }

    /** Reads the push socket: Atmosphere messages of {@code length|payload}, lengths in UTF-16 units. */
    private final class Frames implements WebSocket.Listener {

        private final StringBuilder inbox = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            var arrived = System.nanoTime();
            pushedChars.addAndGet(data.length());
            inbox.append(data);
            int bar;
            while ((bar = inbox.indexOf("|")) > 0) {
                var end = bar + 1 + Integer.parseInt(inbox.substring(0, bar));
                if (inbox.length() < end) {
                    break; // the rest of this message comes in a later frame
                }
                var payload = inbox.substring(bar + 1, end);
                inbox.delete(0, end);
                try {
                    if (payload.startsWith(UIDL)) { // the rest is Atmosphere's own: its handshake and heartbeats
                        pushes.incrementAndGet();
                        counted.forEach((marker, count) -> {
                            if (payload.contains(marker)) {
                                count.incrementAndGet();
                            }
                        });
                        read(payload, arrived);
                    }
                } catch (IOException | RuntimeException e) {
                    broken = e;
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            broken = error;
        }
    }

    /** Sends the request with this tab's cookies, and keeps the cookies the answer sets. */
    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        var cookie = cookieHeader(request.uri());
        var withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
        if (!cookie.isEmpty()) {
            withCookies.header("Cookie", cookie);
        }
        var answer = http.send(withCookies.build(), body);
        cookies.put(secure(request.uri()), answer.headers().map());
        return answer;
    }

    private String cookieHeader(URI uri) {
        try {
            return String.join("; ", cookies.get(secure(uri), Map.of()).getOrDefault("Cookie", List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Browsers count {@code http://localhost} as a secure context and keep and send {@code Secure} cookies there,
     * as a server started with {@code prod} sets them; Java's cookie store does so only over https.
     */
    private static URI secure(URI uri) {
        var plain = "http".equals(uri.getScheme()) || "ws".equals(uri.getScheme());
        return plain && "localhost".equals(uri.getHost())
                ? URI.create(uri.toString().replaceFirst(":", "s:"))
                : uri;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
