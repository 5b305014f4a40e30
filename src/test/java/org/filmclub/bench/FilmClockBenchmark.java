package org.filmclub.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.bench.AsMember.asMember;
import static org.filmclub.bench.BenchResults.ms;
import static org.filmclub.bench.BenchResults.percentile;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.filmclub.AbstractAppTest;
import org.filmclub.bench.BenchResults.Table;
import org.filmclub.club.ClubDetails;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.SignUp;
import org.filmclub.screening.ScreeningClock;
import org.filmclub.screening.ScreeningInput;
import org.filmclub.screening.ScreeningService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A thousand members in a screening's live room, each in a tab of its own ({@link LoadClient}), with the film
 * clock running: how many pushes a member gets per minute while it runs (the clock itself should send none, as
 * each browser runs the time on by itself), and how long a pause takes from the host's call to the new anchor's
 * arrival at each tab and at the last of them. Prints a table and writes the figures to {@link BenchResults#FILE}.
 *
 * <p>System properties: {@code bench.clock.members} (1000) and {@code bench.clock.seconds} (60).
 */
@Import(FilmRoomBenchmark.QuickPasswords.class)
class FilmClockBenchmark extends AbstractAppTest {

    private static final int MEMBERS = Integer.getInteger("bench.clock.members", 1000);
    private static final Duration RUNNING = Duration.ofSeconds(Long.getLong("bench.clock.seconds", 60));
    private static final int PAUSES = 20;
    /** Pauses before those counted, while the JVM compiles the paths a pause takes. */
    private static final int WARM_UP = 3;
    /**
     * In the push that pauses the clock, and in no other: the text the room's clock shows, which the server sets in
     * the same change as the paused anchor ({@code ClockTime.show}), so both arrive in one push.
     */
    private static final String PAUSED = "\"Paused at ";
    /** In every push that carries a new anchor: the script that takes it. */
    private static final String ANCHOR = "__filmClock";

    static {
        // As in FilmRoomBenchmark: development mode's component tracker is not what a production server runs.
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    @Autowired
    FilmService films;

    @Autowired
    ScreeningService screenings;

    @Autowired
    ScreeningClock clocks;

    @Autowired
    DiscussionService discussion;

    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
    private final List<LoadClient> tabs = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeTabs() throws Exception {
        heartbeats.shutdownNow();
        all(tabs.stream()
                .map(tab -> (Callable<Object>) () -> {
                    tab.close();
                    return null;
                })
                .toList());
        workers.shutdownNow();
    }

    @Test
    void a_thousand_members_watch_the_film_clock_run_and_pause() throws Exception {
        var started = System.nanoTime();
        var host = signUp("Host");
        var members = all(IntStream.range(0, MEMBERS)
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
        var filmId = as(host, () -> films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id());
        var screeningId = as(host, () -> {
            var id = screenings.schedule(
                    slug,
                    new ScreeningInput(
                            filmId,
                            LocalDateTime.now(clock).plusDays(1),
                            ZoneId.of("Europe/Lisbon"),
                            150,
                            "The small cinema",
                            "",
                            null,
                            ""));
            screenings.start(slug, id);
            discussion.post(
                    slug, filmId, "Lights down.", null, UUID.randomUUID().toString());
            clocks.play(slug, id);
            return id;
        });
        var room = "clubs/" + slug + "/screenings/" + screeningId;
        // Opening a thousand tabs on a busy machine can outlast the server's heartbeat interval.
        heartbeats.scheduleAtFixedRate(() -> Tabs.heartbeat(tabs), 4, 4, TimeUnit.MINUTES);
        tabs.addAll(Tabs.open(workers, port, members, PASSWORD, room, null));
        tabs.forEach(tab -> tab.count(ANCHOR));
        System.out.printf(
                "%nFilm clock: %d members signed up and in the room in %.0f s%n",
                MEMBERS, (System.nanoTime() - started) / 1e9);

        // The clock runs; nobody touches it.
        Thread.sleep(2000); // the last arrivals' presence settles first
        var pushesBefore = tabs.stream().mapToLong(LoadClient::pushes).sum();
        var anchorsBefore = tabs.stream().mapToLong(t -> t.count(ANCHOR)).sum();
        var from = System.nanoTime();
        Thread.sleep(RUNNING.toMillis());
        var minutes = (System.nanoTime() - from) / 60e9;
        var pushesPerMinute =
                (tabs.stream().mapToLong(LoadClient::pushes).sum() - pushesBefore) / (double) MEMBERS / minutes;
        var anchorsPerMinute =
                (tabs.stream().mapToLong(t -> t.count(ANCHOR)).sum() - anchorsBefore) / (double) MEMBERS / minutes;

        // The host pauses, and plays on again, PAUSES times after WARM_UP not counted.
        var arrivals = new ArrayList<Long>();
        var lasts = new ArrayList<Long>();
        var missing = 0;
        for (var round = -WARM_UP; round < PAUSES; round++) {
            var expected = tabs.stream().map(t -> t.expect(PAUSED)).toList();
            var at = System.nanoTime();
            as(host, () -> clocks.pause(slug, screeningId));
            CompletableFuture.allOf(expected.toArray(CompletableFuture[]::new))
                    .completeOnTimeout(null, 60, TimeUnit.SECONDS)
                    .join();
            var last = 0L;
            for (var arrival : round < 0 ? List.<CompletableFuture<Long>>of() : expected) {
                if (arrival.isDone()) {
                    arrivals.add(arrival.join() - at);
                    last = Math.max(last, arrival.join() - at);
                } else {
                    missing++;
                }
            }
            if (round >= 0) {
                lasts.add(last);
            }
            as(host, () -> clocks.play(slug, screeningId));
            Thread.sleep(1500); // the play reaches everyone, and the next pause shows another second
        }
        tabs.forEach(LoadClient::check);

        var each = arrivals.stream().mapToLong(Long::longValue).sorted().toArray();
        var last = lasts.stream().mapToLong(Long::longValue).sorted().toArray();
        var table = new Table(
                "Film clock: " + MEMBERS + " members in a live room, the clock running " + RUNNING.toSeconds()
                        + " s, then " + PAUSES + " pauses (after " + WARM_UP + " not counted)",
                "figure",
                "value");
        table.row(
                "pushes per member per minute while the clock runs, all kinds", String.format("%.2f", pushesPerMinute));
        table.row("of them carrying a clock anchor", String.format("%.2f", anchorsPerMinute));
        table.row(
                "pause to one member's receipt, p50 / p99 (ms)",
                ms(percentile(each, 50)) + " / " + ms(percentile(each, 99)));
        table.row(
                "pause to the last member's receipt, p50 / p99 (ms)",
                ms(percentile(last, 50)) + " / " + ms(percentile(last, 99)));
        table.row("pause to the last member's receipt, max (ms)", ms(last[last.length - 1]));
        table.row("anchors that did not arrive within 60 s", missing);
        table.print();
        var figures = new LinkedHashMap<String, Object>();
        figures.put("members", MEMBERS);
        figures.put("runningSeconds", RUNNING.toSeconds());
        figures.put("pushesPerMemberPerMinute", pushesPerMinute);
        figures.put("anchorPushesPerMemberPerMinute", anchorsPerMinute);
        figures.put("pauseToEachP50Ms", percentile(each, 50) / 1e6);
        figures.put("pauseToEachP99Ms", percentile(each, 99) / 1e6);
        figures.put("pauseToLastP50Ms", percentile(last, 50) / 1e6);
        figures.put("pauseToLastP99Ms", percentile(last, 99) / 1e6);
        figures.put("missing", missing);
        BenchResults.write("filmClock", figures);
        assertThat(missing).as("anchors missing").isZero();
    }

    private String signUp(String name) {
        var username = unique("clock").toLowerCase();
        memberService.signUp(new SignUp(username, name, PASSWORD, "Europe/Lisbon", username + "@example.org"));
        return username;
    }

    private <T> T as(String username, Callable<T> task) throws Exception {
        return workers.submit(() -> asMember(username, task)).get();
    }

    private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        return AsMember.all(workers, tasks);
    }
}
