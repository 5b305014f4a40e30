package org.filmclub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.filmclub.bench.BenchResults.Table;
import org.filmclub.poll.InstantRunoff;
import org.filmclub.poll.RunoffResult;
import org.junit.jupiter.api.Test;

/**
 * How long closing a large poll spends counting: 10,000 ballots over 20 choices, each ranking between
 * one and all twenty, some films more popular than others, so that the count runs many rounds and most
 * ballots move several times. Prints p50 and p99 of one count and the bytes it allocates; run with
 * {@code ./mvnw -Pbench verify -Dtest=RunoffBenchmark}.
 */
class RunoffBenchmark {

    static final int BALLOTS = 10_000;
    static final int CHOICES = 20;
    static final int WARM_UP = 300;
    static final int COUNTS = 1_000;

    @Test
    void counting_ten_thousand_ballots_over_twenty_choices() {
        var choices = ids(CHOICES);
        var ballots = ballots(choices, new Random(21));

        RunoffResult result = null;
        for (int i = 0; i < WARM_UP; i++) {
            result = InstantRunoff.count(choices, ballots);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var thread = Thread.currentThread().getId();
        var nanos = new long[COUNTS];
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < COUNTS; i++) {
            long start = System.nanoTime();
            result = InstantRunoff.count(choices, ballots);
            nanos[i] = System.nanoTime() - start;
        }
        long bytesPerCount = (threads.getThreadAllocatedBytes(thread) - allocatedBefore) / COUNTS;
        Arrays.sort(nanos);

        var figures = new LinkedHashMap<String, Object>();
        figures.put("ballots", BALLOTS);
        figures.put("choices", CHOICES);
        figures.put("rounds", result.rounds().size());
        figures.put("countP50Ms", BenchResults.ms(BenchResults.percentile(nanos, 50)));
        figures.put("countP99Ms", BenchResults.ms(BenchResults.percentile(nanos, 99)));
        figures.put("countMaxMs", BenchResults.ms(BenchResults.percentile(nanos, 100)));
        figures.put("allocatedKbPerCount", bytesPerCount / 1024);
        new Table(
                        "Instant-runoff count: " + BALLOTS + " ballots over " + CHOICES + " choices, " + COUNTS
                                + " counts after " + WARM_UP + " to warm up",
                        "rounds",
                        "p50",
                        "p99",
                        "max",
                        "allocated per count")
                .row(
                        figures.get("rounds"),
                        figures.get("countP50Ms") + " ms",
                        figures.get("countP99Ms") + " ms",
                        figures.get("countMaxMs") + " ms",
                        figures.get("allocatedKbPerCount") + " KB")
                .print();
        BenchResults.write("runoff", figures);
        assertThat(result.winner()).isNotNull();
    }

    private static List<Long> ids(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> (long) i).toList();
    }

    /** Rankings drawn without replacement, each choice weighted 1/(its place), of random length. */
    static List<List<Long>> ballots(List<Long> choices, Random random) {
        var ballots = new ArrayList<List<Long>>(BALLOTS);
        var keys = new double[choices.size()];
        for (int b = 0; b < BALLOTS; b++) {
            for (int c = 0; c < keys.length; c++) {
                keys[c] = -Math.log(1 - random.nextDouble()) * (c + 1);
            }
            var ranking = IntStream.range(0, keys.length)
                    .boxed()
                    .sorted(Comparator.comparingDouble(c -> keys[c]))
                    .limit(1 + random.nextInt(choices.size()))
                    .map(choices::get)
                    .toList();
            ballots.add(ranking);
        }
        return ballots;
    }
}
