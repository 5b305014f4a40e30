package org.filmclub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.bench.AsMember.asMember;
import static org.filmclub.bench.BenchResults.ms;
import static org.filmclub.bench.BenchResults.percentile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.filmclub.AbstractAppTest;
import org.filmclub.TestDatabase;
import org.filmclub.bench.BenchResults.Table;
import org.filmclub.browser.Chromium;
import org.filmclub.club.ClubDetails;
import org.filmclub.discussion.DiscussionLimits;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.EssayService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.SignUp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The app as members run it: the production jar in a JVM of its own ({@link Node}), members' tabs that speak
 * Vaadin's protocol over HTTP and the push WebSocket ({@link LoadClient}) in the benchmark's JVM, and a real
 * Chromium for the page opens. The clubs, members, films and talk are made here first, through the services, and
 * the node starts on a copy of that database (H2) or on the same server (PostgreSQL).
 * <p>
 * Scenarios, in this order: page opens with no one else online (protocol and Chromium); one room growing from 10
 * to 2,000 members, each size talking at one message a second, with the node's heap per open page read on the way
 * and a Flight Recording of the room of 1,000; page opens again with 1,000 others online; many clubs at once
 * (100 rooms of 50, each talking at one message a second, five minutes, then a recorded minute); the soak (a room
 * of 200 at ten messages a second); then the bare WebSocket broadcast in a JVM of its own, in the same room sizes
 * and the same many rooms. Prints a table per scenario, writes the figures to {@link BenchResults#FILE}, the
 * recordings' findings and the latency chart to {@code target/bench}. Only lost messages fail it: times on shared
 * build machines are too noisy to assert.
 *
 * <p>System properties: {@code bench.largest} (2000) caps the room, {@code bench.mix.rooms} (100) and
 * {@code bench.mix.seconds} (300) size the many clubs, {@code bench.soak.seconds} (300) sets how long the soak
 * talks, {@code bench.mode} ({@code production}) may be {@code development}, {@code bench.node.heap} (6g) is the
 * node's largest heap.
 */
@Import(FilmRoomBenchmark.QuickPasswords.class)
class FilmRoomBenchmark extends AbstractAppTest {

    /**
     * Passwords hashed with BCrypt's lowest cost: thousands of members sign up here, and at the app's cost that
     * alone would take minutes of both cores. A stored hash names its cost, so the node checks these as cheaply
     * when they log in; hashing is not what this measures.
     */
    @TestConfiguration
    static class QuickPasswords {
        @Bean
        @Primary
        PasswordEncoder quickPasswordEncoder() {
            return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
        }
    }

    private static final int LARGEST = Integer.getInteger("bench.largest", 2000);
    private static final int[] ROOM =
            IntStream.of(10, 100, 500, 1000, 2000).filter(n -> n <= LARGEST).toArray();
    private static final int[] MEMORY =
            IntStream.of(100, 500, 1000, 2000).filter(n -> n <= LARGEST).toArray();
    /** The room whose fan-out is recorded with Flight Recorder, after it was measured without. */
    private static final int RECORDED = Math.min(1000, LARGEST);

    private static final int HISTORY = 50;
    private static final int ARCHIVE = 1000;
    /** Fan-out: a message a second, as members talk; the first ones only warm up. */
    private static final int FANOUT_MESSAGES = 40;

    private static final int WARM_UP = 10;
    private static final Duration FANOUT_EVERY = Duration.ofSeconds(1);
    /** Many clubs: rooms of 50, each talking at a message a second. */
    private static final int MIX_ROOMS = Integer.getInteger("bench.mix.rooms", 100);

    private static final int MIX_ROOM_SIZE = 50;
    private static final Duration MIX = Duration.ofSeconds(Long.getLong("bench.mix.seconds", 300));
    private static final Duration MIX_RECORDED = Duration.ofSeconds(60);
    /** Soak: 200 members, ten messages a second. */
    private static final int SOAK_MEMBERS = Math.min(200, LARGEST);

    private static final Duration SOAK = Duration.ofSeconds(Long.getLong("bench.soak.seconds", 300));
    private static final Duration SOAK_EVERY = Duration.ofMillis(100);
    /** Page open: timed opens, after a few that warm up. */
    private static final int OPENS = 30;

    private static final int OPENS_WARM_UP = 5;
    private static final int OTHERS_WHILE_OPENING = Math.min(1000, LARGEST);
    /**
     * The flood rule lets one member send FLOOD_COUNT messages per FLOOD_WINDOW. Members take turns at
     * posting, each no faster than this, so that the rule never refuses a message; phases use different
     * posters so that the window of one never runs into the next.
     */
    private static final Duration POSTER_EVERY =
            DiscussionLimits.FLOOD_WINDOW.dividedBy(DiscussionLimits.FLOOD_COUNT - 1);

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Duration HEARTBEAT = Duration.ofMinutes(4);
    private static final Path BENCH = Path.of("target", "bench");
    private static final String PASS = TestDatabase.POSTGRES ? "-postgresql" : "";

    @Autowired
    DiscussionService discussion;

    @Autowired
    FilmService films;

    @Autowired
    EssayService essays;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    /** Service calls and tabs run here, away from the test thread, which Karibu's mocked session occupies. */
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    /** Sends run here, so that a slow answer to one Send never holds back the next. */
    private final ExecutorService senders = Executors.newCachedThreadPool();

    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
    /** Every tab open now, in the order opened; a room's are a stretch of it. */
    private final List<LoadClient> open = new CopyOnWriteArrayList<>();

    private final String run = Long.toString(System.nanoTime(), 36);
    private int missing;
    /** Where the tabs connect: the app's node, then the bare broadcast's. */
    private Node node;
    /** How long the Send requests of the last run of messages took, sorted. */
    private long[] sendTook = new long[0];
    /** How many Send requests of the last run of messages failed or timed out. */
    private int failedSends;
    /** The node's CPU time when the last run of messages began. */
    private long cpuMark;

    /** A club's host, its members and its room's page (an essay, 50 messages). */
    private record Club(String host, List<String> members, String room) {}

    /** The text of the latest message in each room, by page: a tab that opens the page has it in view once open. */
    private final Map<String, String> latest = new HashMap<>();

    /** One message: when its Send began and its arrival at every tab that should show it. */
    private record Sent(long at, List<CompletableFuture<Long>> arrivals) {}

    /** What one run of messages showed: arrival latencies, sorted, and how long the Send requests took. */
    private record Arrivals(long[] latencies, int missing, long[] sendTook, double cpuMsPerArrival, int failedSends) {}

    /** No run: the bare broadcast's columns before it ran. */
    private static final Arrivals NONE = new Arrivals(new long[0], 0, new long[0], 0, 0);

    @AfterEach
    void closeTabs() throws Exception {
        heartbeats.shutdownNow();
        closeFrom(0);
        if (node != null) {
            node.close();
        }
        workers.shutdownNow();
        senders.shutdownNow();
    }

    @Test
    void members_as_they_run_it() throws Exception {
        var room = club("Her", LARGEST, true);
        var clubs = new ArrayList<Club>();
        for (var r = 0; r < MIX_ROOMS; r++) {
            clubs.add(club("Room " + r, MIX_ROOM_SIZE, false));
        }
        heartbeats.scheduleAtFixedRate(
                () -> Tabs.heartbeat(open), HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);

        var fanout = new LinkedHashMap<Integer, Arrivals>();
        // Keyed by who else is online, and whether the node had just started.
        var opens = new LinkedHashMap<String, long[]>();
        var browserOpens = new LinkedHashMap<String, ChromiumOpens.Opens>();
        var heap = new LinkedHashMap<Integer, Long>();
        Arrivals mix;
        node = startNode();
        var startSeconds = node.startTook().toMillis() / 1e3;
        try {
            var host = new LoadClient(node.port());
            host.logIn(room.host(), PASSWORD);
            opens.put("0, the node just started", pageOpens(host, archive(room)));
            browserOpens.put("0, the node just started", browserOpens(room));
            heap.put(0, node.heapAfterFullGc());
            var emptyClasses = Histogram.parse(node.histogram());
            var posters = 0;
            for (var n : ROOM) {
                openRoom(room, n);
                if (IntStream.of(MEMORY).anyMatch(m -> m == n)) {
                    heap.put(n, node.heapAfterFullGc());
                    if (n == MEMORY[MEMORY.length - 1]) {
                        Histogram.write(
                                emptyClasses,
                                Histogram.parse(node.histogram()),
                                n,
                                BENCH.resolve("heap-histogram" + PASS + ".txt"));
                    }
                }
                var audience = List.copyOf(open);
                fanout.put(n, fanOut(audience, "fanout-" + n, posters));
                latest.put(room.room(), marker("fanout-" + n, FANOUT_MESSAGES - 1));
                posters = (posters + 5) % 10;
                if (n == RECORDED) {
                    node.record("room");
                    fanOut(audience, "recorded-" + n, posters);
                    latest.put(room.room(), marker("recorded-" + n, FANOUT_MESSAGES - 1));
                    posters = (posters + 5) % 10;
                    findings(node.stopRecording("room"), "room of " + n);
                }
                if (n == OTHERS_WHILE_OPENING) {
                    opens.put(n + " in the room", pageOpens(host, archive(room)));
                    browserOpens.put(n + " in the room", browserOpens(room));
                }
            }
            closeFrom(0);
            // Printed now as well as with the bare broadcast beside them at the end, so that a run cut short keeps
            // them.
            printFanOut(fanout, Map.of());
            opens.put("0, the node warm", pageOpens(host, archive(room)));
            browserOpens.put("0, the node warm", browserOpens(room));
            printPageOpens(opens, browserOpens);
            mix = manyClubs(clubs);
            printManyClubs(mix, null);
            printMemory(heap);
            // Last, as a room that cannot keep up leaves work queued behind it for a while.
            openRoom(room, SOAK_MEMBERS);
            soak(List.copyOf(open));
            closeFrom(0);
        } finally {
            node.close();
            node = null;
        }
        System.out.printf(
                "  the node (%s mode, -Xmx%s) answered %.1f s after its start%n",
                Node.MODE.name().toLowerCase(), System.getProperty("bench.node.heap", "6g"), startSeconds);
        var bare = new LinkedHashMap<Integer, Arrivals>();
        Arrivals bareMix;
        try (var broadcast = Node.bareBroadcast()) {
            node = broadcast;
            for (var n : ROOM) {
                listen(n, i -> BroadcastBaseline.PATH);
                bare.put(n, talkTo(List.copyOf(open), "bare-" + n));
            }
            closeFrom(0);
            bareMix = bareManyRooms();
            closeFrom(0);
        } finally {
            node = null;
        }
        printFanOut(fanout, bare);
        printManyClubs(mix, bareMix);
        chart(fanout, bare);
        assertThat(missing).as("arrivals missing while the server kept up").isZero();
    }

    /** The node, on a copy of the database the set-up wrote (H2), or on the same server (PostgreSQL). */
    private Node startNode() throws Exception {
        var settings = new LinkedHashMap<String, String>();
        if (TestDatabase.POSTGRES) {
            settings.put("spring.profiles.active", "prod,postgres");
            for (var key :
                    List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password")) {
                settings.put(key, environment.getProperty(key, ""));
            }
        } else {
            var data =
                    Files.createDirectories(BENCH.resolve("node-data-" + run)).toAbsolutePath();
            var copy = data.resolve("copy.zip");
            new JdbcTemplate(dataSource).execute("BACKUP TO '" + copy + "'");
            unzip(copy, data);
            settings.put("spring.profiles.active", "prod");
            settings.put("filmclub.data-dir", data.toString());
        }
        return Node.app("node" + PASS, settings);
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var file = into.resolve(entry.getName()).normalize();
                if (!file.startsWith(into)) {
                    throw new IOException("Outside the copy: " + entry.getName());
                }
                Files.createDirectories(file.getParent());
                Files.copy(in, file);
            }
        }
        Files.delete(zip);
    }

    /**
     * A club: a host and its members, a film with an essay and 50 messages (its room), and, for the large room, one
     * with an essay and 1,000 (the archive).
     */
    private Club club(String name, int size, boolean withArchive) throws Exception {
        var started = System.nanoTime();
        var host = signUp("Host of " + name);
        var members = all(IntStream.range(0, size)
                .mapToObj(i -> (Callable<String>) () -> signUp("Member " + i))
                .toList());
        var slug = as(host, () -> clubService
                .create(new ClubDetails(unique("Club"), "", ""))
                .slug());
        var invite =
                as(host, () -> clubService.home(slug).invite().orElseThrow().code());
        all(members.stream()
                .map(member -> (Callable<Object>) () -> asMember(member, () -> clubService.join(invite)))
                .toList());
        var roomFilm = film(host, slug, "Her", 2013, "Spike Jonze");
        var rounds = (ARCHIVE + HISTORY) / members.size() + 2;
        var kind = "history-" + slug;
        try {
            var next = clock.stop().minus(POSTER_EVERY.multipliedBy(rounds));
            if (withArchive) {
                var archiveFilm = film(host, slug, "Solaris", 1972, "Andrei Tarkovsky");
                archives.put(slug, "clubs/" + slug + "/films/" + archiveFilm);
                next = talkEarlier(members, slug, archiveFilm, ARCHIVE, "archive", next);
            }
            talkEarlier(members, slug, roomFilm, HISTORY, kind, next);
        } finally {
            clock.resume();
        }
        if (withArchive) {
            System.out.printf(
                    "%nFilm room: %d members signed up and two films with their talk made in %.0f s%n",
                    size, (System.nanoTime() - started) / 1e9);
        }
        var club = new Club(host, members, "clubs/" + slug + "/films/" + roomFilm);
        latest.put(club.room(), marker(kind, HISTORY - 1));
        return club;
    }

    private final Map<String, String> archives = new HashMap<>();

    private String archive(Club club) {
        return archives.get(club.room().split("/")[1]);
    }

    private long film(String host, String slug, String title, int year, String director) throws Exception {
        var filmId = as(host, () -> films.add(
                        slug, new FilmDetails(title, year, director, 120, "A film the club talks about at length.", ""))
                .id());
        as(host, () -> essays.publish(slug, essays.start(slug, filmId), herEssay(), 0));
        return filmId;
    }

    /**
     * Messages from before anyone looks, members taking turns, the app's clock stepping from the start so that
     * no one posts faster than the flood rule allows.
     *
     * @return when the next messages may start
     */
    private Instant talkEarlier(List<String> members, String slug, long filmId, int count, String kind, Instant start)
            throws Exception {
        for (var i = 0; i < count; i++) {
            clock.stopAt(start.plus(POSTER_EVERY.multipliedBy(i / members.size())));
            var text = "Earlier thought " + marker(kind, i);
            as(
                    members.get(i % members.size()),
                    () -> discussion.post(
                            slug, filmId, text, null, UUID.randomUUID().toString()));
        }
        return start.plus(POSTER_EVERY.multipliedBy(count / members.size() + 1));
    }

    /** Opens the club's room for its members, in the order of the members, until n have it open. */
    private void openRoom(Club club, int n) throws Exception {
        var from = open.size();
        if (n <= from) {
            return;
        }
        open.addAll(Tabs.open(
                workers, node.port(), club.members().subList(from, n), PASSWORD, club.room(), latest.get(club.room())));
        Thread.sleep(1000); // lets the last arrivals' presence reach every panel
    }

    /** Bare tabs, each listening on the path given for its number, until n are open. */
    private void listen(int n, IntFunction<String> path) throws Exception {
        var joining = IntStream.range(open.size(), n)
                .mapToObj(i -> (Callable<LoadClient>) () -> {
                    var tab = new LoadClient(node.port());
                    tab.listen(path.apply(i));
                    return tab;
                })
                .toList();
        open.addAll(all(joining));
    }

    /** Closes the tabs from this one on, as members closing their browsers. */
    private void closeFrom(int from) throws Exception {
        if (from >= open.size()) {
            return;
        }
        var leaving = new ArrayList<>(open.subList(from, open.size()));
        all(leaving.stream()
                .map(tab -> (Callable<Object>) () -> {
                    tab.close();
                    return null;
                })
                .toList());
        open.removeAll(leaving);
        Thread.sleep(500);
    }

    /** One room size: five members take turns sending, a message a second; every tab in the room times each. */
    private Arrivals fanOut(List<LoadClient> audience, String kind, int firstPoster) throws Exception {
        var posters = List.copyOf(audience.subList(firstPoster, firstPoster + 5));
        var sent = talk(FANOUT_MESSAGES, FANOUT_EVERY, kind, i -> audience, (i, text) -> posters.get(i % posters.size())
                .post(text));
        var arrivals = arrivals(
                sent.subList(WARM_UP, sent.size()), sent.get(sent.size() - 1).at());
        audience.forEach(LoadClient::check);
        return arrivals;
    }

    /** The same on the bare broadcast. */
    private Arrivals talkTo(List<LoadClient> audience, String kind) throws Exception {
        var sent = talk(
                FANOUT_MESSAGES,
                FANOUT_EVERY,
                kind,
                i -> audience,
                (i, text) -> BroadcastBaseline.send(node.port(), "", text));
        var arrivals = arrivals(
                sent.subList(WARM_UP, sent.size()), sent.get(sent.size() - 1).at());
        audience.forEach(LoadClient::check);
        missing += lost(arrivals);
        return arrivals;
    }

    /**
     * Many clubs at once: every club's members open their room, and each room talks at a message a second, the
     * rooms' messages spread evenly over each second, members taking turns; then a minute more under a Flight
     * Recording, not counted.
     */
    private Arrivals manyClubs(List<Club> clubs) throws Exception {
        var started = System.nanoTime();
        var rooms = new ArrayList<List<LoadClient>>();
        for (var club : clubs) {
            var tabs = Tabs.open(workers, node.port(), club.members(), PASSWORD, club.room(), latest.get(club.room()));
            open.addAll(tabs);
            rooms.add(tabs);
        }
        System.out.printf(
                "%nMany clubs: %d members opened %d rooms in %.0f s%n",
                open.size(), rooms.size(), (System.nanoTime() - started) / 1e9);
        Thread.sleep(1000);
        heapOfMany = node.heapAfterFullGc();
        var every = FANOUT_EVERY.dividedBy(rooms.size());
        var count = (int) (MIX.toMillis() / every.toMillis());
        var sent = talk(count, every, "mix", i -> rooms.get(i % rooms.size()), (i, text) -> rooms.get(i % rooms.size())
                .get((i / rooms.size()) % MIX_ROOM_SIZE)
                .post(text));
        var arrivals = arrivals(sent, sent.get(sent.size() - 1).at());
        missing += lost(arrivals);
        node.record("many");
        var recorded = (int) (MIX_RECORDED.toMillis() / every.toMillis());
        var more = talk(recorded, every, "mix-recorded", i -> rooms.get(i % rooms.size()), (i, text) -> rooms.get(
                        i % rooms.size())
                .get((i / rooms.size() + count / rooms.size()) % MIX_ROOM_SIZE)
                .post(text));
        arrivals(more, more.get(more.size() - 1).at());
        findings(node.stopRecording("many"), rooms.size() + " rooms of " + MIX_ROOM_SIZE);
        open.forEach(LoadClient::check);
        closeFrom(0);
        return arrivals;
    }

    /** Heap of the node with the many clubs' pages open, after a full GC. */
    private long heapOfMany;

    /** The same many rooms on the bare broadcast: each room a path of its own. */
    private Arrivals bareManyRooms() throws Exception {
        listen(MIX_ROOMS * MIX_ROOM_SIZE, i -> BroadcastBaseline.PATH + "/" + (i / MIX_ROOM_SIZE));
        var rooms = new ArrayList<List<LoadClient>>();
        for (var r = 0; r < MIX_ROOMS; r++) {
            rooms.add(List.copyOf(open.subList(r * MIX_ROOM_SIZE, (r + 1) * MIX_ROOM_SIZE)));
        }
        var every = FANOUT_EVERY.dividedBy(rooms.size());
        var count = (int) (MIX.toMillis() / every.toMillis());
        var sent = talk(
                count,
                every,
                "bare-mix",
                i -> rooms.get(i % rooms.size()),
                (i, text) -> BroadcastBaseline.send(node.port(), Integer.toString(i % rooms.size()), text));
        var arrivals = arrivals(sent, sent.get(sent.size() - 1).at());
        missing += lost(arrivals);
        return arrivals;
    }

    /** What the node's Flight Recording shows, printed and written beside it. */
    private static void findings(Path recording, String what) throws IOException {
        var text = JfrFindings.summary(recording);
        var file = recording.resolveSibling(recording.getFileName().toString().replace(".jfr", ".txt"));
        Files.writeString(file, "Flight Recording of the node, " + what + "\n\n" + text);
        System.out.printf("%nFlight Recording, %s: %s%n%s%n", what, recording, text);
    }

    /** The soak: a room of 200 talks at ten messages a second; the first and the last minute compared. */
    private void soak(List<LoadClient> room) throws Exception {
        var needed = (int) (POSTER_EVERY.toMillis() / SOAK_EVERY.toMillis()) + 1;
        var posters = List.copyOf(room.subList(10, Math.min(room.size(), 10 + needed)));
        var count = (int) (SOAK.toMillis() / SOAK_EVERY.toMillis());
        var sent = talk(count, SOAK_EVERY, "soak", i -> room, (i, text) -> posters.get(i % posters.size())
                .post(text));
        var minute = Duration.ofSeconds(Math.min(60, SOAK.toSeconds() / 3));
        var start = sent.get(0).at();
        var end = sent.get(sent.size() - 1).at();
        var first = sent.stream().filter(s -> s.at() - start < minute.toNanos()).toList();
        var last = sent.stream().filter(s -> end - s.at() < minute.toNanos()).toList();
        var all = arrivals(sent, end);
        var early = arrivals(first, end);
        var late = arrivals(last, end);
        room.forEach(LoadClient::check);
        var table = new Table(
                String.format(
                        "Soak: %d members, %d messages a second for %d s, Send to every panel (%s)",
                        room.size(), 1000 / SOAK_EVERY.toMillis(), SOAK.toSeconds(), where()),
                "window",
                "messages",
                "p50",
                "p99",
                "max",
                "not in " + DEADLINE.toSeconds() + " s");
        var figures = new LinkedHashMap<String, Object>();
        figures.put("members", room.size());
        figures.put("messagesPerSecond", 1000 / SOAK_EVERY.toMillis());
        figures.put("seconds", SOAK.toSeconds());
        figures.put("sendsFailed", failedSends);
        for (var window : List.of(
                Map.entry("first " + minute.toSeconds() + " s", Map.entry(first.size(), early)),
                Map.entry("last " + minute.toSeconds() + " s", Map.entry(last.size(), late)),
                Map.entry("whole run", Map.entry(sent.size(), all)))) {
            var a = window.getValue().getValue();
            table.row(
                    window.getKey(),
                    window.getValue().getKey(),
                    ms(percentile(a.latencies(), 50)) + " ms",
                    ms(percentile(a.latencies(), 99)) + " ms",
                    ms(percentile(a.latencies(), 100)) + " ms",
                    a.missing());
            figures.put(window.getKey().split(" ")[0], latencyFigures(a));
        }
        missing += lost(all);
        table.print();
        System.out.printf("  Send requests that failed or timed out: %d of %d%n", failedSends, sent.size());
        BenchResults.write("soak", figures);
    }

    /**
     * Sends count messages, one every so often, each on a thread of its own; the tabs of each message's audience
     * expect it.
     */
    private List<Sent> talk(
            int count, Duration every, String kind, IntFunction<List<LoadClient>> audience, Sender sender)
            throws Exception {
        var sent = new ArrayList<Sent>();
        var sends = new ArrayList<Future<Long>>();
        cpuMark = node.cpuNanos();
        var start = System.nanoTime();
        for (var i = 0; i < count; i++) {
            var marker = marker(kind, i);
            var arrivals =
                    audience.apply(i).stream().map(tab -> tab.expect(marker)).toList();
            LockSupport.parkNanos(start + i * every.toNanos() - System.nanoTime());
            var at = System.nanoTime();
            var turn = i;
            sends.add(senders.submit(() -> {
                sender.send(turn, "What did you make of the ending? " + marker);
                return System.nanoTime() - at;
            }));
            sent.add(new Sent(at, arrivals));
        }
        var took = new long[count];
        failedSends = 0;
        for (var i = 0; i < count; i++) {
            try {
                took[i] = sends.get(i).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // An overloaded server can keep a Send past the client's timeout: its arrivals count as not in time.
                took[i] = DEADLINE.toNanos();
                failedSends++;
            }
        }
        sendTook = LongStream.of(took).sorted().toArray();
        return sent;
    }

    /** Waits for the arrivals of these messages, up to a minute after the last was sent, and sums them up. */
    private Arrivals arrivals(List<Sent> sent, long lastSent) throws Exception {
        var everything = sent.stream().flatMap(s -> s.arrivals().stream()).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(everything)
                    .get(Math.max(1, DEADLINE.toNanos() - (System.nanoTime() - lastSent)), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            // counted below
        }
        var latencies = sent.stream()
                .flatMapToLong(s ->
                        s.arrivals().stream().filter(CompletableFuture::isDone).mapToLong(a -> a.join() - s.at()))
                .sorted()
                .toArray();
        var cpu = node.cpuNanos();
        var cpuPerArrival = (cpu - cpuMark) / 1e6 / Math.max(1, everything.length);
        return new Arrivals(latencies, everything.length - latencies.length, sendTook, cpuPerArrival, failedSends);
    }

    /** A member opens the archive's page again and again in new tabs of one browser, over the protocol. */
    private long[] pageOpens(LoadClient host, String page) throws Exception {
        var times = new long[OPENS];
        for (var i = -OPENS_WARM_UP; i < OPENS; i++) {
            var tab = host.anotherTab();
            tab.open(page);
            if (i >= 0) {
                times[i] = tab.openNanos();
            }
            tab.close();
        }
        return LongStream.of(times).sorted().toArray();
    }

    /** A member opens the room's page again and again in Chromium, to the first discussion row on screen. */
    private ChromiumOpens.Opens browserOpens(Club club) throws Exception {
        if (!Chromium.installed()) {
            System.out.println("  (no Chromium here: page opens in the browser left out)");
            return new ChromiumOpens.Opens(new long[0], new long[0]);
        }
        try (var browser = new ChromiumOpens(node.port(), club.host(), PASSWORD)) {
            return browser.open(club.room(), OPENS_WARM_UP, OPENS);
        }
    }

    private void printPageOpens(Map<String, long[]> opens, Map<String, ChromiumOpens.Opens> browser) {
        var table = new Table(
                String.format(
                        "Page open (%s), %d opens after %d: over the protocol, the archive (an essay, %d messages) to "
                                + "its rows drawn; in Chromium, the room (an essay, %d messages) from navigation to "
                                + "the first discussion row on screen",
                        where(), OPENS, OPENS_WARM_UP, ARCHIVE, HISTORY),
                "others online",
                "protocol p50",
                "protocol max",
                "Chromium p50",
                "Chromium p99",
                "Chromium max",
                "Chromium over 1 s",
                "its HTML p50");
        var figures = new LinkedHashMap<String, Object>();
        opens.forEach((others, times) -> {
            var opened = browser.get(others);
            var inBrowser = opened == null ? new long[0] : opened.firstRow();
            var slow = LongStream.of(inBrowser)
                    .filter(t -> t > Duration.ofSeconds(1).toNanos())
                    .count();
            table.row(
                    others,
                    ms(percentile(times, 50)) + " ms",
                    ms(percentile(times, 100)) + " ms",
                    inBrowser.length == 0 ? "" : ms(percentile(inBrowser, 50)) + " ms",
                    inBrowser.length == 0 ? "" : ms(percentile(inBrowser, 99)) + " ms",
                    inBrowser.length == 0 ? "" : ms(percentile(inBrowser, 100)) + " ms",
                    inBrowser.length == 0 ? "" : slow,
                    inBrowser.length == 0 ? "" : ms(percentile(opened.document(), 50)) + " ms");
            var row = new LinkedHashMap<String, Object>();
            row.put("protocolP50Ms", ms(percentile(times, 50)));
            row.put("protocolMaxMs", ms(percentile(times, 100)));
            if (inBrowser.length > 0) {
                row.put("chromiumP50Ms", ms(percentile(inBrowser, 50)));
                row.put("chromiumP99Ms", ms(percentile(inBrowser, 99)));
                row.put("chromiumMaxMs", ms(percentile(inBrowser, 100)));
                row.put("chromiumOverOneSecond", slow);
                row.put("chromiumDocumentP50Ms", ms(percentile(opened.document(), 50)));
            }
            figures.put(others.replaceAll("[^a-z0-9]+", "_"), row);
        });
        table.print();
        BenchResults.write("pageOpen", figures);
    }

    private void printMemory(Map<Integer, Long> heap) {
        var table = new Table(
                "Memory (" + where() + "): the node's heap after a full GC, soft references kept, members with the "
                        + "film page open (essay, " + HISTORY + " messages)",
                "members",
                "heap",
                "per open page");
        var figures = new LinkedHashMap<String, Object>();
        var empty = heap.get(0);
        heap.forEach((n, bytes) -> {
            var perPage = n == 0 ? 0 : (bytes - empty) / 1024 / n;
            table.row(n, bytes / 1024 + " KB", n == 0 ? "" : perPage + " KB");
            figures.put("heapKb_" + n, bytes / 1024);
            if (n > 0) {
                figures.put("perPageKb_" + n, perPage);
            }
        });
        var many = MIX_ROOMS * MIX_ROOM_SIZE;
        if (heapOfMany > 0) {
            table.row(
                    many + " in " + MIX_ROOMS + " rooms",
                    heapOfMany / 1024 + " KB",
                    (heapOfMany - empty) / 1024 / many + " KB");
            figures.put("perPageKb_many", (heapOfMany - empty) / 1024 / many);
        }
        table.print();
        BenchResults.write("memory", figures);
    }

    private void printFanOut(Map<Integer, Arrivals> app, Map<Integer, Arrivals> bare) {
        var table = new Table(
                String.format(
                        "Fan-out (%s): Send to every panel in one film room, %d messages, one a second (the first %d"
                                + " not counted); bare = a bare WebSocket broadcast in a JVM of its own, same clients",
                        where(), FANOUT_MESSAGES, WARM_UP),
                "members",
                "p50",
                "p95",
                "p99",
                "max",
                "not in " + DEADLINE.toSeconds() + " s",
                "Send request p50",
                "node CPU per arrival",
                "bare p50",
                "bare p99",
                "bare CPU per arrival",
                "p99 / bare p99");
        var figures = new LinkedHashMap<String, Object>();
        for (var n : ROOM) {
            var a = app.get(n);
            var b = bare.getOrDefault(n, NONE);
            table.row(
                    n,
                    ms(percentile(a.latencies(), 50)),
                    ms(percentile(a.latencies(), 95)),
                    ms(percentile(a.latencies(), 99)),
                    ms(percentile(a.latencies(), 100)),
                    a.missing(),
                    ms(percentile(a.sendTook(), 50)),
                    String.format("%.3f", a.cpuMsPerArrival()),
                    ms(percentile(b.latencies(), 50)),
                    ms(percentile(b.latencies(), 99)),
                    String.format("%.3f", b.cpuMsPerArrival()),
                    ratio(a, b) + "x");
            var row = latencyFigures(a);
            row.put("sendRequestP50Ms", ms(percentile(a.sendTook(), 50)));
            row.put("bare", latencyFigures(b));
            row.put("p99OverBare", ratio(a, b));
            figures.put("members_" + n, row);
            if (bare.isEmpty()) {
                row.remove("bare");
                row.remove("p99OverBare");
            } else {
                missing += lost(a);
            }
        }
        table.print();
        System.out.println("  times in ms; CPU in ms of the whole node process (all threads, GC and JIT included) per "
                + "message and tab");
        BenchResults.write("fanout", figures);
    }

    private void printManyClubs(Arrivals app, Arrivals bare) {
        var table = new Table(
                String.format(
                        "Many clubs (%s): %d rooms of %d, each room a message a second for %d s",
                        where(), MIX_ROOMS, MIX_ROOM_SIZE, MIX.toSeconds()),
                "",
                "arrivals",
                "p50",
                "p95",
                "p99",
                "max",
                "not in " + DEADLINE.toSeconds() + " s",
                "Send request p50",
                "CPU per arrival");
        for (var run : List.of(Map.entry("app", app), Map.entry("bare", bare == null ? NONE : bare))) {
            var a = run.getValue();
            table.row(
                    run.getKey(),
                    a.latencies().length,
                    ms(percentile(a.latencies(), 50)),
                    ms(percentile(a.latencies(), 95)),
                    ms(percentile(a.latencies(), 99)),
                    ms(percentile(a.latencies(), 100)),
                    a.missing(),
                    run.getKey().equals("app") ? ms(percentile(a.sendTook(), 50)) : "",
                    String.format("%.3f", a.cpuMsPerArrival()));
        }
        table.print();
        var figures = latencyFigures(app);
        figures.put("sendRequestP50Ms", ms(percentile(app.sendTook(), 50)));
        if (bare != null) {
            figures.put("bare", latencyFigures(bare));
            figures.put("p99OverBare", ratio(app, bare));
        }
        BenchResults.write("manyClubs", figures);
    }

    /** The latency chart of the room sizes, app and bare, as SVG beside the results. */
    private static void chart(Map<Integer, Arrivals> app, Map<Integer, Arrivals> bare) throws IOException {
        var series = new ArrayList<LatencyChart.Series>();
        for (var line : List.of(
                Map.entry("app p99", Map.entry(app, 99.0)),
                Map.entry("app p50", Map.entry(app, 50.0)),
                Map.entry("bare broadcast p99", Map.entry(bare, 99.0)),
                Map.entry("bare broadcast p50", Map.entry(bare, 50.0)))) {
            var runs = line.getValue().getKey();
            var percent = line.getValue().getValue();
            series.add(new LatencyChart.Series(
                    line.getKey(),
                    runs.entrySet().stream()
                            .map(run -> new LatencyChart.Point(
                                    run.getKey(), ms(percentile(run.getValue().latencies(), percent))))
                            .toList()));
        }
        var file = BENCH.resolve("latency" + PASS + ".svg");
        new LatencyChart(
                        "Send to every open page, one room, a message a second (" + where() + ")",
                        "members with the film page open",
                        "ms from Send to arrival",
                        series)
                .write(file);
        System.out.println("  latency against members, drawn: " + file);
    }

    private static double ratio(Arrivals a, Arrivals b) {
        return percentile(b.latencies(), 99) == 0
                ? 0
                : Math.round(10.0 * percentile(a.latencies(), 99) / percentile(b.latencies(), 99)) / 10.0;
    }

    /** Which node and database the figures are from. */
    private static String where() {
        return Node.MODE.name().toLowerCase() + " mode, " + BenchResults.DATABASE;
    }

    /**
     * Arrivals that never came in a run where the server kept up, which can only be lost messages. In a run
     * that overloaded it, the late ones are still queued when the deadline passes: a figure, not a failure.
     */
    private static int lost(Arrivals a) {
        return percentile(a.latencies(), 99) < DEADLINE.toNanos() / 2 ? a.missing() : 0;
    }

    private static Map<String, Object> latencyFigures(Arrivals a) {
        var figures = new LinkedHashMap<String, Object>();
        figures.put("arrivals", a.latencies().length);
        figures.put("missing", a.missing());
        figures.put("sendsFailed", a.failedSends());
        figures.put("p50Ms", ms(percentile(a.latencies(), 50)));
        figures.put("p95Ms", ms(percentile(a.latencies(), 95)));
        figures.put("p99Ms", ms(percentile(a.latencies(), 99)));
        figures.put("maxMs", ms(percentile(a.latencies(), 100)));
        figures.put("cpuMsPerArrival", Math.round(a.cpuMsPerArrival() * 1000) / 1000.0);
        return figures;
    }

    /** What one member's send is: a post through a tab, or a post to the bare broadcast. */
    private interface Sender {
        void send(int turn, String text) throws Exception;
    }

    private String signUp(String name) {
        var username = unique("bench").toLowerCase();
        memberService.signUp(new SignUp(username, name, PASSWORD, "Europe/Lisbon", username + "@example.org"));
        return username;
    }

    /** Runs the task as this member on a worker. */
    private <T> T as(String username, Callable<T> task) throws Exception {
        return workers.submit(() -> asMember(username, task)).get();
    }

    /** Runs the tasks side by side on the workers; fails with the first that failed. */
    private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        return AsMember.all(workers, tasks);
    }

    /** Text to look for in what the server sends; zero-padded, so that no marker contains another. */
    private String marker(String kind, int number) {
        return String.format("%s-%05d-%s", kind, number, run);
    }

    private static String herEssay() {
        try (var in = FilmRoomBenchmark.class.getResourceAsStream("/demo/her-essay.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
