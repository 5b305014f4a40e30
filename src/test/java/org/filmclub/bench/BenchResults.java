package org.filmclub.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filmclub.TestDatabase;

/**
 * The benchmarks' one results file, {@code target/bench/results.json}: each scenario puts its figures under
 * its own name and leaves the others' of the same run in place, so a whole {@code -Pbench} run (one test JVM)
 * ends with every figure in one file. Scenarios write one after another, so a lock on the class is enough.
 */
public final class BenchResults {

    public static final Path FILE = Path.of("target", "bench", "results.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean firstWrite = true;

    private BenchResults() {}

    /** The database the figures come from, as tables and the file name it. */
    public static final String DATABASE = TestDatabase.POSTGRES ? "PostgreSQL" : "H2";

    /**
     * Replaces this scenario's figures in the file, adding when it was written and on what machine. Figures
     * from the PostgreSQL pass, which runs after the one on H2, go under {@code postgresql.<scenario>}.
     */
    public static synchronized void write(String scenario, Object figures) {
        try {
            Files.createDirectories(FILE.getParent());
            // A run's first scenario starts the file afresh, so that no figure from an earlier run stays in it;
            // the PostgreSQL pass adds to what the H2 pass of the same run wrote.
            var afresh = firstWrite && !TestDatabase.POSTGRES;
            var root =
                    Files.exists(FILE) && !afresh ? (ObjectNode) JSON.readTree(FILE.toFile()) : JSON.createObjectNode();
            if (TestDatabase.POSTGRES) {
                scenario = "postgresql." + scenario;
            }
            firstWrite = false;
            root.set("machine", JSON.valueToTree(machine()));
            var entry = JSON.createObjectNode();
            entry.put("writtenAt", Instant.now().toString());
            entry.set("figures", JSON.valueToTree(figures));
            root.set(scenario, entry);
            JSON.writerWithDefaultPrettyPrinter().writeValue(FILE.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> machine() {
        var runtime = Runtime.getRuntime();
        var machine = new LinkedHashMap<String, Object>();
        machine.put("processors", runtime.availableProcessors());
        machine.put("maxHeapMb", runtime.maxMemory() / 1024 / 1024);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    /** Nanoseconds as milliseconds with one decimal. */
    public static double ms(long nanos) {
        return Math.round(nanos / 1e5) / 10.0;
    }

    /** The value at this percentile of sorted values; 0 when there are none. */
    public static long percentile(long[] sorted, double percent) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    /** A table printed to standard output with its columns aligned, under a title. */
    public static final class Table {

        private final String title;
        private final List<String[]> rows = new ArrayList<>();

        public Table(String title, String... header) {
            this.title = title;
            rows.add(header);
        }

        public Table row(Object... cells) {
            rows.add(java.util.Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
            return this;
        }

        public void print() {
            var widths = new int[rows.get(0).length];
            rows.forEach(r -> {
                for (var i = 0; i < r.length && i < widths.length; i++) {
                    widths[i] = Math.max(widths[i], r[i].length());
                }
            });
            var out = new StringBuilder("\n")
                    .append(title)
                    .append(" [")
                    .append(DATABASE)
                    .append("]\n");
            for (var r : rows) {
                out.append(' ');
                for (var i = 0; i < r.length; i++) {
                    var cell = r[i];
                    var pad = " ".repeat(Math.max(0, (i < widths.length ? widths[i] : 0) - cell.length()));
                    out.append(' ').append(i == 0 ? cell + pad : pad + cell).append(" |");
                }
                out.setLength(out.length() - 2);
                out.append('\n');
            }
            System.out.print(out);
        }
    }
}
