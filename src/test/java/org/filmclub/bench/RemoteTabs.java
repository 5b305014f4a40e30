package org.filmclub.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Members' tabs ({@link LoadClient}s) in a JVM of their own, so that the heap the memory scenario reads is the
 * server's alone: in the server's JVM, a thousand tabs' HTTP clients, sockets and buffers would be weighed with
 * the pages they open.
 * <p>
 * The two JVMs speak in lines. The bench sends a member's username per line and {@code open}; the tabs log in,
 * open the page, and answer {@code opened N} once N tabs have the page drawn (or {@code failed ...}). {@code close},
 * or the end of input, closes every tab as a browser does and ends the JVM.
 */
final class RemoteTabs implements AutoCloseable {

    private final Process process;
    private final Writer commands;
    private final BufferedReader answers;

    /** Starts the JVM, with the test classpath, for tabs on this port's page, logging in with this password. */
    RemoteTabs(int port, String page, String latest, String password) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        process = new ProcessBuilder(
                        java,
                        "-cp",
                        classpath,
                        RemoteTabs.class.getName(),
                        Integer.toString(port),
                        page,
                        latest,
                        password)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        commands = process.outputWriter(StandardCharsets.UTF_8);
        answers = process.inputReader(StandardCharsets.UTF_8);
    }

    /** Opens the page for these members, each in a tab of their own, and returns once every one is drawn. */
    void open(List<String> members) throws IOException {
        for (var member : members) {
            commands.write(member + "\n");
        }
        commands.write("open\n");
        commands.flush();
        var answer = answers.readLine();
        if (answer == null || !answer.startsWith("opened ")) {
            throw new IllegalStateException("The tabs' JVM answered: " + answer);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            commands.write("close\n");
            commands.flush();
        } catch (IOException gone) {
            // it has ended already
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The tabs' side: {@code port page latest password}, then lines as described above. */
    public static void main(String[] args) throws Exception {
        var port = Integer.parseInt(args[0]);
        var page = args[1];
        var latest = args[2];
        var password = args[3];
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var workers = Executors.newFixedThreadPool(4);
        var tabs = new ArrayList<LoadClient>();
        var waiting = new ArrayList<String>();
        try {
            for (var line = in.readLine(); line != null && !line.equals("close"); line = in.readLine()) {
                if (!line.equals("open")) {
                    waiting.add(line);
                    continue;
                }
                var opening = List.copyOf(waiting);
                waiting.clear();
                try {
                    tabs.addAll(Tabs.open(workers, port, opening, password, page, latest));
                    out.println("opened " + tabs.size());
                } catch (Exception e) {
                    out.println("failed " + e);
                }
            }
        } finally {
            workers.invokeAll(
                    tabs.stream()
                            .map(tab -> (Callable<Object>) () -> {
                                tab.close();
                                return null;
                            })
                            .toList(),
                    1,
                    TimeUnit.MINUTES);
            workers.shutdownNow();
        }
        System.exit(0);
    }
}
