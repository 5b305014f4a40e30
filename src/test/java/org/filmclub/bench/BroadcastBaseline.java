package org.filmclub.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * The best this JVM and machine can do for a room: an embedded Tomcat, the same server the app runs on, with
 * one WebSocket endpoint and one servlet. A POST of a text to {@code /send} writes it to every open socket,
 * one after another on the request's thread, with no Vaadin, no session, no database. The text goes out as
 * a push message in the app's own frame format ({@code length|for(;;);[...]}), so {@link LoadClient} reads it
 * through exactly the code that reads the app's pushes.
 */
final class BroadcastBaseline implements AutoCloseable {

    static final String PATH = "broadcast";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Tomcat tomcat = new Tomcat();
    /** The open sockets by room: {@code /broadcast} is the room "", {@code /broadcast/7} the room "7". */
    private final Map<String, Set<Session>> rooms = new ConcurrentHashMap<>();

    private final AtomicInteger syncId = new AtomicInteger();
    private static final HttpClient POSTER = HttpClient.newHttpClient();
    private final int port;

    /** Starts it on this port; 0 for any free one. */
    BroadcastBaseline(int port) throws IOException, LifecycleException {
        tomcat.setBaseDir(Files.createTempDirectory("broadcast-baseline").toString());
        var connector = new Connector();
        connector.setPort(port);
        tomcat.setConnector(connector);
        var context = tomcat.addContext("", null);
        context.addServletContainerInitializer(new WsSci(), null);
        context.addServletContainerInitializer(
                (classes, servlets) -> {
                    var container = (ServerContainer) servlets.getAttribute(ServerContainer.class.getName());
                    try {
                        for (var path : List.of("/" + PATH, "/" + PATH + "/{room}")) {
                            container.addEndpoint(ServerEndpointConfig.Builder.create(Member.class, path)
                                    .configurator(new ServerEndpointConfig.Configurator() {
                                        @Override
                                        public <T> T getEndpointInstance(Class<T> type) {
                                            return type.cast(new Member());
                                        }
                                    })
                                    .build());
                        }
                    } catch (jakarta.websocket.DeploymentException e) {
                        throw new IllegalStateException(e);
                    }
                },
                null);
        Tomcat.addServlet(context, "send", new Send());
        context.addServletMappingDecoded("/send", "send");
        // Tomcat answers 404 before any filter runs where no servlet is mapped; WebSocket's filter needs one there.
        Tomcat.addServlet(context, "none", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                response.setStatus(404);
            }
        });
        context.addServletMappingDecoded("/", "none");
        tomcat.start();
        this.port = connector.getLocalPort();
    }

    int port() {
        return port;
    }

    int connected() {
        return rooms.values().stream().mapToInt(Set::size).sum();
    }

    /**
     * Runs it in a JVM of its own ({@link Node#bareBroadcast}), on the port given, until its input ends: the
     * benchmarks measure it as they measure the app, from outside.
     */
    public static void main(String[] args) throws Exception {
        try (var server = new BroadcastBaseline(Integer.parseInt(args[0]))) {
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        System.exit(0);
    }

    /** Sends a text as a member's browser would post it: one HTTP request, answered once all have it. */
    void send(String text) throws IOException, InterruptedException {
        send(port, "", text);
    }

    /** The same, to one room of the broadcast on this port, wherever it runs. */
    static void send(int port, String room, String text) throws IOException, InterruptedException {
        var answer = POSTER.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/send?room=" + room))
                        .POST(HttpRequest.BodyPublishers.ofString(text))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() != 204) {
            throw new IllegalStateException("Broadcast refused: " + answer.statusCode());
        }
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }

    private Set<Session> room(Session session) {
        return rooms.computeIfAbsent(
                session.getPathParameters().getOrDefault("room", ""), room -> ConcurrentHashMap.newKeySet());
    }

    /** One open socket: kept while open, nothing read from it. */
    private final class Member extends Endpoint {

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            room(session).add(session);
        }

        @Override
        public void onClose(Session session, CloseReason reason) {
            room(session).remove(session);
        }

        @Override
        public void onError(Session session, Throwable error) {
            room(session).remove(session);
        }
    }

    /** Writes the posted text to every socket as one push message that adds a row with the text. */
    private final class Send extends HttpServlet {

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            var text = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var message = "for(;;);"
                    + JSON.writeValueAsString(List.of(Map.of(
                            "syncId",
                            syncId.incrementAndGet(),
                            "changes",
                            List.of(Map.of("node", 2, "type", "put", "key", "text", "feat", 7, "value", text)))));
            var frame = message.length() + "|" + message;
            var sockets = rooms.getOrDefault(Objects.requireNonNullElse(request.getParameter("room"), ""), Set.of());
            for (var socket : sockets) {
                synchronized (socket) {
                    try {
                        socket.getBasicRemote().sendText(frame);
                    } catch (IOException | IllegalStateException gone) {
                        sockets.remove(socket);
                    }
                }
            }
            response.setStatus(204);
        }
    }
}
