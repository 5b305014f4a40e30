package org.filmclub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One member's browser tab, spoken at the level of Vaadin's protocol with no browser: it logs in with the
 * form, opens a view as Vaadin's client engine does, listens on the push WebSocket, and can type into the
 * discussion and press Send. It answers the server only where the protocol needs an answer, so the server
 * does the same work for it as for a real tab. Text registered with {@link #expect} is timed when it first
 * arrives in a message from the server.
 */
final class LoadClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UIDL = "for(;;);";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:content|value)=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** How many items past the end the list asks for; the client engine asks for one, see below. */
    private static final int LIST_HEADROOM = 30;
    /** Items the client engine keeps around the ones in view; a panel at its end shows about ten. */
    private static final int LIST_BUFFER = 30;

    private final URI base;
    private final HttpClient http;
    private final Map<String, CompletableFuture<Long>> expected = new ConcurrentHashMap<>();
    private volatile Consumer<String> tap = message -> { };
    private WebSocket socket;

    private int uiId;
    private String securityKey;
    private volatile int syncId;
    /** The id the server expects on our next request; only our own requests move it. */
    private int clientId;

    /** What the tree tells while a view opens, to find the composer; dropped once found. */
    private Map<Integer, String> tags = new HashMap<>();
    private Map<Integer, Set<String>> classes = new HashMap<>();
    private Map<Integer, Integer> parents = new HashMap<>();
    private Map<Integer, String> texts = new HashMap<>();
    private int composer = -1;
    private int send = -1;
    private int list = -1;

    LoadClient(int port) {
        this.base = URI.create("http://localhost:" + port + "/");
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    }

    /** Logs in with the form, as a person does; fails on a wrong password instead of carrying on logged out. */
    void logIn(String username, String password) throws IOException, InterruptedException {
        var page = http.send(get("login"), HttpResponse.BodyHandlers.ofString());
        var token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page (" + page.statusCode() + ")");
        }
        var form = "_csrf=" + enc(token.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
        var answer = http.send(HttpRequest.newBuilder(base.resolve("login")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        var next = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || next.contains("/login")) {
            throw new IllegalStateException("Login of " + username + " failed: " + answer.statusCode() + " " + next);
        }
        http.send(HttpRequest.newBuilder(base.resolve(next)).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Opens a view: the bootstrap, the navigation that builds the route's components, then the push socket. */
    void open(String path) throws IOException, InterruptedException {
        var init = http.send(get("?v-r=init&location=" + enc(path) + "&query="), HttpResponse.BodyHandlers.ofString());
        var config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        var uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asText();
        var pushId = uidl.path("Vaadin-Push-ID").asText();
        received(uidl, System.nanoTime());

        var navigate = Map.of("type", "event", "node", 1, "event", "ui-navigate", "data", Map.of("route", path,
                "query", "", "appShellTitle", "", "historyState", Map.of("idx", 0), "trigger", ""));
        rpc(List.of(navigate));
        list = find("vaadin-virtual-list", "discussion-list");
        composer = find("vaadin-text-area", "discussion-composer");
        send = texts.entrySet().stream().filter(t -> t.getValue().equals("Send")).map(t -> parents.get(t.getKey()))
                .filter(b -> b != null && "vaadin-button".equals(tags.get(b))).findFirst().orElse(-1);
        tags = null;
        classes = null;
        parents = null;
        texts = null;

        var push = "VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + syncId;
        var ws = URI.create(base.resolve(push).toString().replaceFirst("^http", "ws"));
        socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(ws, new Frames())
                .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        if (list >= 0) {
            scrolledToEnd();
        }
    }

    /** Types the text into the composer and presses Send, in one request as the client engine sends it. */
    void post(String text) throws IOException, InterruptedException {
        if (composer < 0 || send < 0) {
            throw new IllegalStateException("No discussion composer on this page");
        }
        var mouse = new HashMap<String, Object>();
        for (var key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.detail",
                "event.button")) {
            mouse.put(key, key.equals("event.detail") ? 1 : 0);
        }
        for (var key : List.of("event.ctrlKey", "event.shiftKey", "event.altKey", "event.metaKey")) {
            mouse.put(key, false);
        }
        rpc(List.of(
                Map.of("type", "mSync", "node", composer, "feature", 1, "property", "value", "value", text),
                Map.of("type", "event", "node", composer, "event", "change", "data", Map.of()),
                Map.of("type", "event", "node", send, "event", "click", "data", mouse)));
    }

    /** Completes with {@link System#nanoTime()} of the first server message that carries this text. */
    CompletableFuture<Long> expect(String marker) {
        return expected.computeIfAbsent(marker, m -> new CompletableFuture<>());
    }

    /** Sees every UIDL message as it arrives, for looking at what the server sends. */
    void tap(Consumer<String> tap) {
        this.tap = tap;
    }

    /** Tells the server the tab is still there; needed only once a run lasts longer than the heartbeat interval. */
    void heartbeat() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=" + uiId)).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        // Java 17's client has no close(): its selector thread ends once nothing refers to the client.
    }

    /**
     * The client engine keeps the list's items around those in view, and asks for one item past the last, so
     * that a message added at the end arrives with the push that grows the list. This client asks for more
     * room at the end, so that it needs no further request while messages keep arriving.
     */
    private void scrolledToEnd() throws IOException, InterruptedException {
        var size = messagesInList();
        var first = Math.max(0, size - LIST_BUFFER);
        rpc(List.of(Map.of("type", "publishedEventHandler", "node", list, "templateEventMethodName", "setViewportRange",
                "templateEventMethodArgs", List.of(first, size - first + LIST_HEADROOM), "promise", 0)));
    }

    private int messagesInList() {
        return lastSize;
    }

    private volatile int lastSize;

    /** One request to the UI, with the ids the server checks; requests go one at a time, as from the engine. */
    private synchronized void rpc(List<Map<String, ?>> calls) throws IOException, InterruptedException {
        var body = JSON.writeValueAsString(Map.of("csrfToken", securityKey, "rpc", calls, "syncId", syncId,
                "clientId", clientId));
        var answer = http.send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        var arrived = System.nanoTime();
        if (answer.statusCode() != 200 || !answer.body().startsWith(UIDL)) {
            throw new IllegalStateException("UIDL request failed: " + answer.statusCode() + " " + answer.body());
        }
        for (var message : JSON.readTree(answer.body().substring(UIDL.length()))) {
            clientId = message.path("clientId").asInt(clientId);
            received(message, arrived);
        }
        tap.accept(answer.body());
    }

    /** Applies what the client must know of one server message: its sync id, the tree while opening, markers. */
    private void received(JsonNode message, long arrived) {
        syncId = Math.max(syncId, message.path("syncId").asInt(syncId));
        if (!expected.isEmpty()) {
            var text = message.toString();
            expected.forEach((marker, future) -> {
                if (!future.isDone() && text.contains(marker)) {
                    future.complete(arrived);
                }
            });
        }
        if (tags == null) {
            return;
        }
        for (var change : message.path("changes")) {
            var node = change.path("node").asInt();
            var type = change.path("type").asText();
            if (type.equals("put") && change.path("key").asText().equals("tag")) {
                tags.put(node, change.path("value").asText());
            } else if (type.equals("put") && change.path("key").asText().equals("text")) {
                texts.put(node, change.path("value").asText());
            } else if (type.equals("splice")) {
                change.path("addNodes").forEach(child -> parents.put(child.asInt(), node));
                change.path("add").forEach(name -> classes.computeIfAbsent(node, n -> new HashSet<>()).add(name.asText()));
            }
        }
    }

    private int find(String tag, String className) {
        return tags.entrySet().stream().filter(t -> t.getValue().equals(tag))
                .filter(t -> classes.getOrDefault(t.getKey(), Set.of()).contains(className))
                .mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
    }

    /** Reads the push socket: Atmosphere frames of {@code length|payload}, lengths in UTF-16 units. */
    private final class Frames implements WebSocket.Listener {

        private final StringBuilder inbox = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            var arrived = System.nanoTime();
            inbox.append(data);
            int bar;
            while ((bar = inbox.indexOf("|")) > 0) {
                var length = Integer.parseInt(inbox.substring(0, bar));
                if (inbox.length() < bar + 1 + length) {
                    break;
                }
                var payload = inbox.substring(bar + 1, bar + 1 + length);
                inbox.delete(0, bar + 1 + length);
                if (payload.startsWith(UIDL)) {
                    tap.accept(payload);
                    try {
                        for (var message : JSON.readTree(payload.substring(UIDL.length()))) {
                            received(message, arrived);
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException("Unreadable push message: " + payload, e);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
