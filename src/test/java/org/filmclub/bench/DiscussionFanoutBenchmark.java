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
 * HTTP and the push WebSocket, while one more member talks: what an open page costs in heap, and how long a
 * message takes from Send to every open discussion panel. Prints its figures and writes them to
 * {@code target/bench/discussion-fanout.json}. Only a lost message fails it: times on build machines are too
 * noisy to assert.
 */
class DiscussionFanoutBenchmark extends AbstractAppTest {

    private static final int MEMBERS = 100;
    private static final int HISTORY = 50;
    private static final int MESSAGES = 20;
    private static final Duration EVERY = Duration.ofMillis(250);
    /**
     * The flood rule lets a member send FLOOD_COUNT messages per FLOOD_WINDOW, far fewer than four a second.
     * The app's clock moves this far per message so that one member may keep the pace: the rule is not what
     * is measured here.
     */
    private static final Duration CLOCK_STEP = DiscussionLimits.FLOOD_WINDOW.dividedBy(DiscussionLimits.FLOOD_COUNT - 1);
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Path REPORT = Path.of("target", "bench", "discussion-fanout.json");

    static {
        // Tests run Vaadin in development mode, whose component tracker keeps the stack traces of where every
        // component was made and attached: megabytes per open page here, and most of the CPU. A production
        // server does not track, so neither does this run. Set before the app makes its first component.
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    @Autowired
    DiscussionService discussion;
    @Autowired
    FilmService films;
    @Autowired
    EssayService essays;

    /** Service calls and tabs run here, away from the test thread, which Karibu's mocked session occupies. */
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final List<LoadClient> tabs = new CopyOnWriteArrayList<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final String run = Long.toString(System.nanoTime(), 36);

    /** The club's host, who talks; its members, who listen; and the film page they all open. */
    private record Club(String host, List<String> members, String page) {
    }

    @AfterEach
    void closeTabs() throws Exception {
        all(tabs.stream().map(tab -> (Callable<Object>) () -> {
            tab.close();
            return null;
        }).toList());
        workers.shutdownNow();
    }

    @Test
    void a_hundred_open_panels_receive_every_message() throws Exception {
        var club = clubWithHistory();
        var receivers = openPages(club);
        var missing = talk(club, receivers);
        print();
        Files.createDirectories(REPORT.getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(REPORT.toFile(), figures);
        receivers.forEach(LoadClient::check);
        assertThat(missing).as("arrivals missing of %d", MEMBERS * MESSAGES).isZero();
    }

    /** A host and a hundred members, a film with a published essay, and 50 messages before anyone looks. */
    private Club clubWithHistory() throws Exception {
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
        return new Club(host, members, "clubs/" + slug + "/films/" + filmId);
    }

    /** Every member logs in and opens the page; the heap is read before, in between, and after. */
    private List<LoadClient> openPages(Club club) throws Exception {
        var before = heapAfterGc();
        all(club.members().stream().map(member -> (Callable<Object>) () -> {
            var tab = new LoadClient(port);
            tabs.add(tab);
            tab.logIn(member, PASSWORD);
            return null;
        }).toList());
        var loggedIn = heapAfterGc();
        var lastHistory = marker("history", HISTORY - 1);
        all(tabs.stream().map(tab -> (Callable<Long>) () -> {
            var shown = tab.expect(lastHistory);
            tab.open(club.page());
            return shown.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        }).toList());
        Thread.sleep(1000); // lets the last arrivals' presence reach every panel
        var open = heapAfterGc();
        figures.put("members", MEMBERS);
        figures.put("messagesShown", HISTORY);
        figures.put("heapNoTabsKb", before / 1024);
        figures.put("heapLoggedInKb", loggedIn / 1024);
        figures.put("heapPagesOpenKb", open / 1024);
        figures.put("perMemberKb", (open - before) / 1024 / MEMBERS);
        figures.put("perPageKb", (open - loggedIn) / 1024 / MEMBERS);
        return List.copyOf(tabs);
    }

    /**
     * The host sends messages at a steady pace through its own tab, and every receiving tab times each one's
     * arrival from just before its Send.
     *
     * @return how many arrivals never came
     */
    private int talk(Club club, List<LoadClient> receivers) throws Exception {
        var poster = new LoadClient(port);
        tabs.add(poster);
        poster.logIn(club.host(), PASSWORD);
        poster.open(club.page());
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
                    .get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException late) {
            // counted below
        }
        var pushed = receivers.stream().mapToLong(LoadClient::pushedChars).sum() - pushedBefore;

        var latencies = new ArrayList<Long>();
        for (var i = 0; i < MESSAGES; i++) {
            for (var arrival : arrivals.get(i)) {
                if (arrival.isDone()) {
                    latencies.add(arrival.join() - sentAt[i]);
                }
            }
        }
        var sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Arrays.sort(sendTook);
        var missing = MESSAGES * receivers.size() - sorted.length;
        figures.put("messagesSent", MESSAGES);
        figures.put("sendEveryMs", EVERY.toMillis());
        figures.put("arrivals", sorted.length);
        figures.put("missing", missing);
        figures.put("p50Ms", ms(percentile(sorted, 50)));
        figures.put("p95Ms", ms(percentile(sorted, 95)));
        figures.put("p99Ms", ms(percentile(sorted, 99)));
        figures.put("maxMs", ms(percentile(sorted, 100)));
        figures.put("sendRequestP50Ms", ms(percentile(sendTook, 50)));
        figures.put("sendRequestMaxMs", ms(percentile(sendTook, 100)));
        figures.put("sendingTookMs", ms(postingTook));
        figures.put("pushedPerTabAndMessageKb", Math.round(pushed / 102.4 / receivers.size() / MESSAGES) / 10.0);
        return missing;
    }

    private void print() {
        var f = figures;
        System.out.printf("%nDiscussion fan-out: %s members with the film page open, %s messages shown; "
                + "one more member sends %s, one every %s ms%n", f.get("members"), f.get("messagesShown"),
                f.get("messagesSent"), f.get("sendEveryMs"));
        row("heap, no tab open", f.get("heapNoTabsKb") + " KB", "after GC, as all heap figures");
        row("heap, all logged in", f.get("heapLoggedInKb") + " KB", "sessions, no page open yet");
        row("heap, all pages open", f.get("heapPagesOpenKb") + " KB", "the tabs' own client objects are in it too");
        row("per member", f.get("perMemberKb") + " KB", "session and open page");
        row("per open page", f.get("perPageKb") + " KB", "UI, film page, discussion, push connection");
        var arrivals = "over " + f.get("arrivals") + " arrivals (message x tab)";
        row("Send to panel, p50", f.get("p50Ms") + " ms", arrivals);
        row("Send to panel, p95", f.get("p95Ms") + " ms", arrivals);
        row("Send to panel, p99", f.get("p99Ms") + " ms", arrivals);
        row("Send to panel, max", f.get("maxMs") + " ms", arrivals);
        row("missing arrivals", f.get("missing").toString(), "must be 0");
        row("Send request, p50", f.get("sendRequestP50Ms") + " ms", "until the sender's tab has its answer");
        row("Send request, max", f.get("sendRequestMaxMs") + " ms", "");
        row("sending took", f.get("sendingTookMs") + " ms", "at the intended pace: " + (MESSAGES - 1) * EVERY.toMillis() + " ms");
        row("pushed per tab and message", f.get("pushedPerTabAndMessageKb") + " KB", "thousands of characters on the socket");
    }

    private static void row(String label, String value, String note) {
        System.out.printf("  %-28s %12s   %s%n", label, value, note);
    }

    private String signUp(String name) {
        var username = unique("bench").toLowerCase();
        memberService.signUp(new SignUp(username, name, PASSWORD, "Europe/Lisbon"));
        return username;
    }

    /** Runs the task as this member on a worker. */
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

    /** Runs the tasks side by side on the workers; fails with the first that failed. */
    private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        var results = new ArrayList<T>();
        for (Future<T> done : workers.invokeAll(tasks, 5, TimeUnit.MINUTES)) {
            results.add(done.get());
        }
        return results;
    }

    /** Text to look for in what the server sends; zero-padded, so that no marker contains another. */
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
