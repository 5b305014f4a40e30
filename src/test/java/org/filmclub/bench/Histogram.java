package org.filmclub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/** The heap by class, as {@code jcmd GC.class_histogram} prints it, and what open pages add to it. */
final class Histogram {

    private Histogram() {}

    /** Instances and bytes of each class in a histogram's text. */
    static Map<String, long[]> parse(String text) {
        var classes = new HashMap<String, long[]>();
        text.lines()
                .map(String::trim)
                .filter(line -> line.matches("\\d+:\\s+\\d+\\s+\\d+\\s+\\S.*"))
                .map(line -> line.split("\\s+"))
                .forEach(f -> classes.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])}));
        return classes;
    }

    /** What each open page adds, by class: the full histogram less the empty one, per page, largest first. */
    static void write(Map<String, long[]> empty, Map<String, long[]> full, int pages, Path file) throws IOException {
        var lines = new ArrayList<String>();
        lines.add(String.format(
                "Heap added per open page, %d pages (full GC; the node without pages subtracted)%n%10s %12s  %s",
                pages, "instances", "bytes", "class"));
        full.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                    e.getValue()[0] - empty.getOrDefault(e.getKey(), new long[2])[0],
                    e.getValue()[1] - empty.getOrDefault(e.getKey(), new long[2])[1]
                }))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(40)
                .forEach(e -> lines.add(String.format(
                        "%10.1f %12d  %s", e.getValue()[0] / (double) pages, e.getValue()[1] / pages, e.getKey())));
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }
}
