package org.filmclub.film;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * How long the Her essay takes to render: once on a fresh renderer, warmed without the cache (as the
 * editor's preview does), and from the cache. Prints its figures; the times are not asserted because build
 * machines are too noisy for that.
 */
class EssayRenderBenchmark {

    private static final int WARM_UP_RUNS = 50;
    private static final int UNCACHED_RUNS = 200;
    private static final int CACHED_RUNS = 20_000;
    private static final long REVISION = 1;

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

        var firstEssay = time(() -> renderer.essay(REVISION, markdown));
        var cached = new long[CACHED_RUNS];
        for (int i = 0; i < cached.length; i++) {
            cached[i] = time(() -> renderer.essay(REVISION, markdown));
        }
        Arrays.sort(uncached);
        Arrays.sort(cached);

        var out = System.out;
        out.printf("%nEssay render: %s, %d bytes%n", name, bytes.length);
        row("new MarkdownRenderer()", construction, "once, cold JVM");
        row("cold render (first preview)", cold, "once, includes flexmark's first use");
        var uncachedRuns = UNCACHED_RUNS + " runs after " + WARM_UP_RUNS + " warm-up renders";
        row("uncached preview, median", percentile(uncached, 50), uncachedRuns);
        row("uncached preview, p95", percentile(uncached, 95), uncachedRuns);
        row("essay, first call", firstEssay, "renders and caches");
        row("essay, cached, median", percentile(cached, 50), CACHED_RUNS + " calls");
        row("essay, cached, p95", percentile(cached, 95), CACHED_RUNS + " calls");
        assertThat(sink).isPositive();
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
