package org.filmclub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.filmclub.AbstractAppTest;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A hundred members have one film's page open, each in a tab of its own that speaks Vaadin's protocol over
 * HTTP and the push WebSocket, while another member talks: what an open discussion costs in heap, and how
 * long a message takes from Send to every open panel. Prints its figures and writes them to
 * {@code target/bench/discussion-fanout.json}; only a lost message fails it, since times on build machines
 * are too noisy to assert.
 */
class DiscussionFanoutBenchmark extends AbstractAppTest {

    private static final int MEMBERS = Integer.getInteger("bench.members", 100);
    private static final int HISTORY = 50;
    private static final int MESSAGES = 20;
    private static final Duration EVERY = Duration.ofMillis(250);
    /**
     * The flood rule lets a member send FLOOD_COUNT messages per FLOOD_WINDOW, far fewer than four a second.
     * The app's clock moves this far per message, so that one member may keep the pace: the rule is not
     * what is measured here.
     */
    private static final Duration CLOCK_STEP = DiscussionLimits.FLOOD_WINDOW.dividedBy(DiscussionLimits.FLOOD_COUNT - 1);
    private static final Duration ARRIVAL_DEADLINE = Duration.ofSeconds(30);
    private static final Path REPORT = Path.of("target", "bench", "discussion-fanout.json");

    static {
        // Tests run Vaadin in development mode, whose component tracker keeps the creation and attach stack
        // traces of every component: several megabytes per open page here, and most of the CPU. A production
        // server does not track, so neither does this run. Set before the app makes its first component.
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    @Autowired
    DiscussionService discussion;
    @Autowired
    FilmService films;
    @Autowired
    EssayService essays;

    /** Service calls run here, away from the test thread, which Karibu's mocked Vaadin session occupies. */
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final List<LoadClient> tabs = new CopyOnWriteArrayList<>();
    private final String run = Long.toString(System.nanoTime(), 36);

    @AfterEach
    void closeTabs() {
        tabs.forEach(LoadClient::close);
        workers.shutdownNow();
    }

    @Test
    void a_hundred_open_panels_receive_every_message() throws Exception {
        var host = signUp("Host");
        var members = all(IntStream.range(0, MEMBERS).mapToObj(i -> (Callable<String>) () -> signUp("Member " + i)).toList());
        var slug = as(host, () -> clubService.create(new ClubDetails(unique("Club"), "", "")).slug());
        var invite = as(host, () -> clubService.home(slug).invite().orElseThrow().code());
        all(members.stream().map(member -> (Callable<Object>) () -> asMember(member, () -> clubService.join(invite))).toList());
        var filmId = as(host, () -> films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126,
                "A lonely letter writer falls in love with the operating system that learns to talk back.", "")).id());
        as(host, () -> essays.publish(slug, essays.start(slug, filmId), herEssay(), 0));
        for (var i = 0; i < HISTORY; i++) {
            var text = "Earlier thought " + marker("history", i);
            as(members.get(i % MEMBERS), () -> discussion.post(slug, filmId, text, null, UUID.randomUUID().toString()));
        }
        var page = "clubs/" + slug + "/films/" + filmId;

        var heapBefore = heapAfterGc();
        all(members.stream().map(member -> (Callable<Object>) () -> {
            var tab = new LoadClient(port);
            tabs.add(tab);
            tab.logIn(member, PASSWORD);
            return tab;
        }).toList());
        var heapLoggedIn = heapAfterGc();
        var lastHistory = marker("history", HISTORY - 1);
        all(tabs.stream().map(tab -> (Callable<Long>) () -> {
            var shown = tab.expect(lastHistory);
            tab.open(page);
            return shown.get(60, TimeUnit.SECONDS);
        }).toList());
        Thread.sleep(1000); // the last arrivals' presence reaches every panel
        var heapOpen = heapAfterGc();
        System.out.println("PAUSE " + ProcessHandle.current().pid()); Thread.sleep(Long.getLong("bench.pause", 0));

        var poster = new LoadClient(port);
        poster.logIn(host, PASSWORD);
        poster.open(page);
        var receivers = List.copyOf(tabs);
        tabs.add(poster);
        var pushedBefore = receivers.stream().mapToLong(LoadClient::pushedChars).sum();
        var arrivals = new ArrayList<List<CompletableFuture<Long>>>();
        var sentAt = new long[MESSAGES];
        var sendTook = new long[MESSAGES];
        var appTime = clock.stop();
        var start = System.nanoTime();
        for (var i = 0; i < MESSAGES; i++) {
            var marker = marker("fanout", i);
            arrivals.add(receivers.stream().map(tab -> tab.expect(marker)).toList());
            LockSupport.parkNanos(start + i * EVERY.toNanos() - System.nanoTime());
            clock.stopAt(appTime.plus(CLOCK_STEP.multipliedBy(i)));
            sentAt[i] = System.nanoTime();
            poster.post("What did you make of the ending? " + marker);
            sendTook[i] = System.nanoTime() - sentAt[i];
        }
        var postingTook = System.nanoTime() - start;
        clock.resume();
        try {
            CompletableFuture.allOf(arrivals.stream().flatMap(List::stream).toArray(CompletableFuture[]::new))
                    .get(ARRIVAL_DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException late) {
            // counted as missing below
        }
        var pushedKb = (receivers.stream().mapToLong(LoadClient::pushedChars).sum() - pushedBefore) / 1024.0
                / receivers.size() / MESSAGES;
        tabs.forEach(LoadClient::check);

        var latencies = new ArrayList<Long>();
        var missing = 0;
        for (var i = 0; i < MESSAGES; i++) {
            for (var arrival : arrivals.get(i)) {
                if (arrival.isDone()) {
                    latencies.add(arrival.join() - sentAt[i]);
                } else {
                    missing++;
                }
            }
        }
        var sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Arrays.sort(sendTook);

        var figures = new LinkedHashMap<String, Object>();
        figures.put("members", MEMBERS);
        figures.put("messagesShown", HISTORY);
        figures.put("messagesPosted", MESSAGES);
        figures.put("postEveryMs", EVERY.toMillis());
        figures.put("heapNoTabsKb", heapBefore / 1024);
        figures.put("heapLoggedInKb", heapLoggedIn / 1024);
        figures.put("heapPagesOpenKb", heapOpen / 1024);
        figures.put("perMemberKb", (heapOpen - heapBefore) / 1024 / MEMBERS);
        figures.put("perPanelKb", (heapOpen - heapLoggedIn) / 1024 / MEMBERS);
        figures.put("arrivals", sorted.length);
        figures.put("missing", missing);
        figures.put("p50Ms", ms(percentile(sorted, 50)));
        figures.put("p95Ms", ms(percentile(sorted, 95)));
        figures.put("p99Ms", ms(percentile(sorted, 99)));
        figures.put("maxMs", ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
        figures.put("sendRequestP50Ms", ms(percentile(sendTook, 50)));
        figures.put("sendRequestMaxMs", ms(sendTook[sendTook.length - 1]));
        figures.put("postingTookMs", ms(postingTook));
        figures.put("pushedPerTabPerMessageKb", Math.round(pushedKb * 10) / 10.0);
        print(figures);
        Files.createDirectories(REPORT.getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(REPORT.toFile(), figures);

        assertThat(missing).as("arrivals missing of %d", MEMBERS * MESSAGES).isZero();
    }

    private static void print(Map<String, Object> f) {
        System.out.printf("%nDiscussion fan-out: %s members with the film page open, %s messages shown, "
                + "%s messages sent %s ms apart by one more member%n", f.get("members"), f.get("messagesShown"),
                f.get("messagesPosted"), f.get("postEveryMs"));
        row("heap, no tab open", f.get("heapNoTabsKb") + " KB", "after GC");
        row("heap, all logged in", f.get("heapLoggedInKb") + " KB", "sessions, no page open");
        row("heap, all pages open", f.get("heapPagesOpenKb") + " KB", "the client objects live in this heap too");
        row("per member", f.get("perMemberKb") + " KB", "session and open page");
        row("per open page", f.get("perPanelKb") + " KB", "the UI with its film page and discussion");
        var arrivals = f.get("arrivals") + " arrivals";
        row("Send to panel, p50", f.get("p50Ms") + " ms", arrivals);
        row("Send to panel, p95", f.get("p95Ms") + " ms", arrivals);
        row("Send to panel, p99", f.get("p99Ms") + " ms", arrivals);
        row("Send to panel, max", f.get("maxMs") + " ms", arrivals);
        row("missing arrivals", f.get("missing").toString(), "must be 0");
        row("Send request, p50", f.get("sendRequestP50Ms") + " ms", "until the sender's own answer");
        row("Send request, max", f.get("sendRequestMaxMs") + " ms", "");
        row("posting took", f.get("postingTookMs") + " ms", "at the intended pace "
                + (MESSAGES - 1) * EVERY.toMillis() + " ms");
        row("pushed per tab and message", f.get("pushedPerTabPerMessageKb") + " KB", "characters on the socket");
    }

    private static void row(String label, String value, String note) {
        System.out.printf("  %-28s %14s   %s%n", label, value, note);
    }

    private String signUp(String name) {
        var username = unique("bench").toLowerCase();
        memberService.signUp(new SignUp(username, name, PASSWORD, "Europe/Lisbon"));
        return username;
    }

    /** Runs the task as this member on a worker, a thread that has no Vaadin session of its own. */
    private <T> T as(String username, Callable<T> task) throws Exception {
        return workers.submit(() -> asMember(username, task)).get();
    }

    /** Runs the task as this member on the current thread. */
    private static <T> T asMember(String username, Callable<T> task) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return task.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Runs the tasks side by side on the workers, and fails with the first that failed. */
    private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        var results = new ArrayList<T>();
        for (Future<T> done : workers.invokeAll(tasks, 5, TimeUnit.MINUTES)) {
            results.add(done.get());
        }
        return results;
    }

    /** Text to look for in what the server sends; zero-padded so that no marker contains another. */
    private String marker(String kind, int number) {
        return String.format("%s-%03d-%s", kind, number, run);
    }

    private static String herEssay() {
        try (var in = DiscussionFanoutBenchmark.class.getResourceAsStream("/demo/her-essay.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (var i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e5) / 10.0;
    }
}
