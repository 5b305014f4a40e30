package org.filmclub.film;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.function.Supplier;
import org.filmclub.base.InvalidInputException;
import org.filmclub.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

/**
 * How long the Her essay takes to render: once on a fresh renderer, then warmed, as publishing and the
 * editor's preview do; and what each hostile essay of {@link HostileCorpus#overBudget} cost before the limits
 * (rendered as it was, on a thread with the usual stack) and costs now (refused, or rendered within them).
 * Prints its figures; the times are not asserted because build machines are too noisy for that.
 */
class EssayRenderBenchmark {

    private static final int WARM_UP_RUNS = 50;
    private static final int UNCACHED_RUNS = 200;
    private static final long ESSAY = 1;

    /** Summed output lengths, so that the JIT cannot drop renders whose result nobody reads. */
    private long sink;

    @Test
    void render_the_her_essay() throws IOException {
        var her = Files.exists(MarkdownRendererTest.HER_ESSAY);
        var bytes = her ? Files.readAllBytes(MarkdownRendererTest.HER_ESSAY) : MarkdownRendererTest.clubEssay();
        var name = her ? MarkdownRendererTest.HER_ESSAY.getFileName().toString() : MarkdownRendererTest.CLUB_ESSAY;
        var markdown = PlainTextImport.toMarkdown(PlainTextImport.decodeUtf8(bytes));

        var constructionStart = System.nanoTime();
        var renderer = new MarkdownRenderer();
        var construction = System.nanoTime() - constructionStart;
        var cold = time(() -> renderer.preview(markdown));

        for (int i = 0; i < WARM_UP_RUNS; i++) {
            time(() -> renderer.preview(markdown));
        }
        var uncached = new long[UNCACHED_RUNS];
        for (int i = 0; i < uncached.length; i++) {
            uncached[i] = time(() -> renderer.preview(markdown));
        }

        var publish = new long[UNCACHED_RUNS];
        for (int i = 0; i < publish.length; i++) {
            var revision = i + 1;
            publish[i] = time(() -> renderer.essay(ESSAY, revision, markdown));
        }
        Arrays.sort(uncached);
        Arrays.sort(publish);

        var out = System.out;
        out.printf("%nEssay render: %s, %d bytes%n", name, bytes.length);
        row("new MarkdownRenderer()", construction, "once, cold JVM");
        row("cold render (first preview)", cold, "once, includes flexmark's first use");
        var uncachedRuns = UNCACHED_RUNS + " runs after " + WARM_UP_RUNS + " warm-up renders";
        row("uncached preview, median", percentile(uncached, 50), uncachedRuns);
        row("uncached preview, p95", percentile(uncached, 95), uncachedRuns);
        row("publish render, median", percentile(publish, 50), UNCACHED_RUNS + " runs, limits checked");
        row("publish render, p95", percentile(publish, 95), UNCACHED_RUNS + " runs, limits checked");
        out.printf(
                "  rendered: %,d characters of HTML%n",
                renderer.essay(ESSAY, 1, markdown).length());
        assertThat(sink).isPositive();
    }

    @Test
    void hostile_essays_before_and_after_the_limits() throws InterruptedException {
        var renderer = new MarkdownRenderer();
        var out = System.out;
        out.printf("%nHostile essays: before = rendered without limits on a thread with the usual stack;"
                + " after = publish%n");
        out.printf(
                "  %-28s %9s | %12s %14s | %10s  %s%n", "essay", "chars", "before", "HTML chars", "after", "outcome");
        for (var arguments : HostileCorpus.overBudget().toList()) {
            var name = (String) arguments.get()[0];
            var markdown = (String) arguments.get()[1];
            var before = new String[2];
            var beforeStart = System.nanoTime();
            var thread = new Thread(() -> {
                try {
                    before[0] = String.format(
                            "%,d",
                            MarkdownRenderer.renderWithoutLimits(markdown).length());
                } catch (StackOverflowError e) {
                    before[0] = "stack overflow";
                }
            });
            thread.start();
            thread.join();
            var beforeNanos = System.nanoTime() - beforeStart;
            var afterStart = System.nanoTime();
            String outcome;
            try {
                outcome = "rendered, " + renderer.essay(ESSAY, 1, markdown).length() + " characters";
            } catch (InvalidInputException e) {
                outcome = "refused: " + e.getMessage();
            }
            var afterNanos = System.nanoTime() - afterStart;
            out.printf(
                    "  %-28s %,9d | %12s %14s | %10s  %s%n",
                    name, markdown.length(), duration(beforeNanos), before[0], duration(afterNanos), outcome);
        }
    }

    private long time(Supplier<String> render) {
        var start = System.nanoTime();
        var html = render.get();
        var elapsed = System.nanoTime() - start;
        sink += html.length();
        return elapsed;
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    private static void row(String label, long nanos, String note) {
        System.out.printf("  %-30s %12s   %s%n", label, duration(nanos), note);
    }

    private static String duration(long nanos) {
        if (nanos >= 1_000_000) {
            return String.format("%.2f ms", nanos / 1e6);
        }
        if (nanos >= 1_000) {
            return String.format("%.2f us", nanos / 1e3);
        }
        return nanos + " ns";
    }
}
