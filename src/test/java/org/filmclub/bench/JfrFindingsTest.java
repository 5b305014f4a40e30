package org.filmclub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link JfrFindings} finds, in a recording of this test's own JVM, the method that kept the CPU busy and the class
 * it allocated. The work goes on, in rounds, until the recording holds both, so the test waits for work done, not
 * for time to pass; a cap keeps a broken recording from looping for ever.
 */
class JfrFindingsTest {

    private static final String BUSY = JfrFindingsTest.class.getName() + ".spinForFindings";
    private static final String BALLAST = JfrFindingsTest.class.getName() + "$Ballast";
    private static final int MAX_ROUNDS = 200;

    /** Objects of a class no other code allocates, kept a while so that they are really made. */
    record Ballast(long a, long b, long c) {}

    private final Ballast[] kept = new Ballast[4096];
    private long sink;

    @Test
    void the_summary_names_the_busy_method_and_the_allocated_class(@TempDir Path dir) throws Exception {
        var file = dir.resolve("work.jfr");
        String summary;
        try (var recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            var rounds = 0;
            do {
                for (var i = 0; i < 10; i++, rounds++) {
                    sink += spinForFindings(5_000_000);
                    allocateBallast(200_000);
                }
                recording.dump(file);
                summary = JfrFindings.summary(file);
            } while (!(busyIn(summary) && allocatedIn(summary)) && rounds < MAX_ROUNDS);
            recording.stop();
        }
        System.out.println(summary);
        assertThat(section(summary, "CPU: methods on top")).contains(BUSY);
        assertThat(section(summary, "CPU: the app's methods")).contains(BUSY);
        assertThat(section(summary, "Allocation: classes")).contains(BALLAST);
        assertThat(section(summary, "GC")).contains("collections");

        var written = dir.resolve("findings/work.md");
        assertThat(JfrFindings.write(file, written)).isEqualTo(Files.readString(written));
        assertThat(sink).isNotZero();
    }

    private static boolean busyIn(String summary) {
        return section(summary, "CPU: methods on top").contains(BUSY);
    }

    private static boolean allocatedIn(String summary) {
        return section(summary, "Allocation: classes").contains(BALLAST);
    }

    /** The part of the summary under the heading that starts with {@code heading}, up to the next heading. */
    private static String section(String summary, String heading) {
        return Arrays.stream(summary.split("\n## "))
                .filter(part -> part.startsWith(heading))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + heading + " in\n" + summary));
    }

    /** Arithmetic that allocates nothing, so that the samples land in this method. */
    private static long spinForFindings(int steps) {
        var x = 0x9E3779B97F4A7C15L;
        for (var i = 0; i < steps; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    private void allocateBallast(int count) {
        for (var i = 0; i < count; i++) {
            kept[i & (kept.length - 1)] = new Ballast(i, sink, count);
        }
    }
}
