package org.filmclub.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between one browser and the app, which a test can pull out and plug back in. Every byte of the
 * browser's connections, its page loads and its push WebSocket alike, goes through here; pulling the cable
 * closes them all and refuses new ones until it is plugged back, as a train going into a tunnel does.
 */
final class Cable implements AutoCloseable {

    private final ServerSocket entrance;
    private final int app;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean plugged = true;

    Cable(int appPort) {
        this.app = appPort;
        try {
            entrance = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start("cable-accept", this::accept);
    }

    /** The port a browser opens instead of the app's. */
    int port() {
        return entrance.getLocalPort();
    }

    void plugged(boolean in) {
        plugged = in;
        if (!in) {
            connections.forEach(this::closeQuietly);
        }
    }

    private void accept() {
        while (!entrance.isClosed()) {
            try {
                var browser = entrance.accept();
                if (!plugged) {
                    closeQuietly(browser);
                    continue;
                }
                var server = new Socket(InetAddress.getLoopbackAddress(), app);
                connections.add(browser);
                connections.add(server);
                if (!plugged) {
                    // Pulled while this one was being connected: it goes with the others.
                    closeQuietly(browser);
                    closeQuietly(server);
                    continue;
                }
                start("cable-up", () -> pump(browser, server));
                start("cable-down", () -> pump(server, browser));
            } catch (IOException e) {
                // The entrance closed, or the app refused one connection: the browser sees it fail, as it would.
            }
        }
    }

    /** Copies one direction until either end closes, then closes both ends. */
    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            var buffer = new byte[16_384];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // One end went away: so does the connection.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        connections.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed.
        }
    }

    private static void start(String name, Runnable work) {
        var thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        plugged(false);
        try {
            entrance.close();
        } catch (IOException e) {
            // Already closed.
        }
    }
}
