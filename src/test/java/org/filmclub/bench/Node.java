package org.filmclub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The app as members run it, for the benchmarks: a JVM of its own, so that the members' tabs (in the benchmark's
 * JVM) never share its heap or its threads. By default it is the production jar, built once per checkout with
 * {@code -Pproduction} into {@code target/production}; {@code -Dbench.mode=development} starts the same app from
 * the test classpath in Vaadin's development mode instead, so the two can be compared.
 * <p>
 * The node reads what it measures from outside, as an operator would: the CPU time of the whole process, its heap
 * after a full collection (through {@code jcmd}, with soft references left to the JVM's own policy, as on a server)
 * and, on request, a Flight Recording of a stretch of the run.
 */
final class Node implements AutoCloseable {

    enum Mode {
        PRODUCTION,
        DEVELOPMENT
    }

    static final Mode MODE =
            "development".equalsIgnoreCase(System.getProperty("bench.mode")) ? Mode.DEVELOPMENT : Mode.PRODUCTION;

    private static final Path BENCH = Path.of("target", "bench");
    private static final Path JAR_DIR = Path.of("target", "production");
    private static final Duration START = Duration.ofMinutes(3);
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final String HEAP = System.getProperty("bench.node.heap", "6g");

    private final Process process;
    private final int port;
    private final String name;
    private final long started = System.nanoTime();
    /** How long the process took from its start to its first answer. */
    private Duration startTook;

    /**
     * Starts the app with these settings (Spring properties), and returns once it answers on its port.
     *
     * @param name names its log, {@code target/bench/<name>.log}, and its recordings
     */
    static Node app(String name, Map<String, String> settings) throws IOException, InterruptedException {
        var port = freePort();
        var all = new LinkedHashMap<String, String>();
        all.put("server.port", Integer.toString(port));
        all.put("filmclub.public-url", "http://localhost:" + port);
        all.putAll(settings);
        // More settings for a comparison run, "key=value;key=value", such as a context parameter to try.
        for (var setting : System.getProperty("bench.node.settings", "").split(";")) {
            var is = setting.indexOf('=');
            if (is > 0) {
                all.put(
                        setting.substring(0, is).trim(),
                        setting.substring(is + 1).trim());
            }
        }
        var command = new ArrayList<String>(jvm());
        if (MODE == Mode.PRODUCTION) {
            command.addAll(List.of("-jar", jar().toString()));
        } else {
            // Development mode keeps a stack trace for every component made, which production never pays.
            command.addAll(List.of(
                    "-Dvaadin.devmode.componentTracker.enabled=false",
                    "-cp",
                    classpath(),
                    "org.filmclub.FilmclubApplication"));
        }
        all.forEach((key, value) -> command.add("--" + key + "=" + value));
        var node = new Node(name, port, command);
        node.await("/login");
        return node;
    }

    /** The bare WebSocket broadcast ({@link BroadcastBaseline}) in a JVM of its own, sized as the app's. */
    static Node bareBroadcast() throws IOException, InterruptedException {
        var port = freePort();
        var command = new ArrayList<String>(jvm());
        command.addAll(List.of("-cp", classpath(), BroadcastBaseline.class.getName(), Integer.toString(port)));
        var node = new Node("bare-broadcast", port, command);
        node.await("/send");
        return node;
    }

    private Node(String name, int port, List<String> command) throws IOException {
        this.name = name;
        this.port = port;
        Files.createDirectories(BENCH);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(BENCH.resolve(name + ".log").toFile())
                .start();
    }

    int port() {
        return port;
    }

    /** How long the node took from its process's start to answering its first request. */
    Duration startTook() {
        return startTook;
    }

    long pid() {
        return process.pid();
    }

    /** CPU time of the whole process so far: every thread, the JIT and the collector included. */
    long cpuNanos() {
        return process.toHandle()
                .info()
                .totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("The node's CPU time cannot be read"))
                .toNanos();
    }

    /** The heap in use after a full collection, in bytes. Soft references stay as the JVM's policy leaves them. */
    long heapAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        var info = jcmd("GC.heap_info");
        var used = HEAP_USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("No heap figure in: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** What the heap holds, class by class, after a full collection ({@code jcmd GC.class_histogram}). */
    String histogram() throws IOException, InterruptedException {
        return jcmd("GC.class_histogram");
    }

    /** Starts a Flight Recording with the JDK's "profile" settings: CPU samples, allocation and lock contention. */
    void record(String recording) throws IOException, InterruptedException {
        jcmd("JFR.start", "name=" + recording, "settings=profile");
    }

    /** Stops the recording and writes it to {@code target/bench/<name>-<recording>.jfr}. */
    Path stopRecording(String recording) throws IOException, InterruptedException {
        var file = BENCH.resolve(name + "-" + recording + ".jfr").toAbsolutePath();
        jcmd("JFR.stop", "name=" + recording, "filename=" + file);
        return file;
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        var line = new ArrayList<String>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(process.pid()));
        line.addAll(List.of(command));
        var jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        var out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    /** Waits until the node answers this path, or fails at once if it ended. */
    private void await(String path) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        var deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " ended with " + process.exitValue() + "; see " + BENCH.resolve(name + ".log"));
            }
            try {
                http.send(request, HttpResponse.BodyHandlers.discarding());
                startTook = Duration.ofNanos(System.nanoTime() - started);
                return;
            } catch (IOException notYet) {
                // not listening yet: asked again once the process has had a moment
                process.waitFor(200, TimeUnit.MILLISECONDS);
            }
        }
        close();
        throw new IllegalStateException(
                name + " did not answer within " + START + "; see " + BENCH.resolve(name + ".log"));
    }

    /** Stops the node as an operator does (SIGTERM, a graceful shutdown), forcibly after a minute. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static List<String> jvm() {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP,
                "-XX:+UseG1GC",
                // Spring, Tomcat and Vaadin call deeper than Flight Recorder's default of 64 frames.
                "-XX:FlightRecorderOptions:stackdepth=256");
    }

    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /**
     * The production jar of this checkout, built when it is first asked for or older than the app's sources (about
     * 30 s), into a build directory of its own so that the tests' classes are left as they are.
     */
    static synchronized Path jar() throws IOException, InterruptedException {
        var built = findJar();
        if (built != null && Files.getLastModifiedTime(built).compareTo(newestSource()) > 0) {
            return built;
        }
        var mvnw = Path.of("mvnw").toAbsolutePath().toString();
        var build = new ProcessBuilder(
                        mvnw,
                        "-B",
                        "-q",
                        "-Pproduction",
                        "-DskipTests",
                        "-Dspotless.check.skip=true",
                        "-Dfilmclub.build.directory=" + JAR_DIR.toAbsolutePath(),
                        "package")
                .redirectErrorStream(true)
                .redirectOutput(BENCH.resolve("production-build.log").toFile());
        Files.createDirectories(BENCH);
        System.out.println("Building the production jar into " + JAR_DIR + " ...");
        if (build.start().waitFor() != 0 || (built = findJar()) == null) {
            throw new IllegalStateException(
                    "The production jar did not build; see " + BENCH.resolve("production-build.log"));
        }
        return built;
    }

    /** When the app's sources or build last changed: a jar older than that is built again. */
    private static java.nio.file.attribute.FileTime newestSource() throws IOException {
        try (var files = Files.walk(Path.of("src", "main"))) {
            var newest = Files.getLastModifiedTime(Path.of("pom.xml"));
            for (var file : (Iterable<Path>) files::iterator) {
                var modified = Files.getLastModifiedTime(file);
                if (modified.compareTo(newest) > 0) {
                    newest = modified;
                }
            }
            return newest;
        }
    }

    private static Path findJar() throws IOException {
        if (!Files.isDirectory(JAR_DIR)) {
            return null;
        }
        try (var files = Files.list(JAR_DIR)) {
            return files.filter(f -> f.getFileName().toString().matches("filmclub-.*\\.jar"))
                    .findFirst()
                    .orElse(null);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
