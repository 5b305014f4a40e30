package org.filmclub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.function.BiFunction;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a run recorded with Java Flight Recorder spent its time and memory, as a short Markdown summary to read
 * next to a benchmark's figures without opening the recording in a viewer:
 *
 * <ul>
 *   <li>CPU, from {@code jdk.ExecutionSample}: the methods on top of the sampled stacks (self), the methods anywhere
 *       on them (inclusive, once per sample), and the samples by thread, with the digits that end a pool thread's
 *       name dropped so that a pool counts as one ({@code http-nio-8080-exec-12} as {@code http-nio-8080-exec-}).
 *       Since the frames every thread starts with (a pool's worker loop, the servlet container's filters) lead the
 *       inclusive table, the app's own methods ({@code org.filmclub.}) get a second inclusive table.
 *       Stacks deeper than the recording's stack depth (64 frames unless set) lose their outer frames, so the
 *       inclusive counts of outer frames are low by the truncated samples, which the summary counts.
 *   <li>Allocation, from {@code jdk.ObjectAllocationSample}: the classes by sampled weight, and the allocating
 *       methods, taken as the first frame from the top outside {@code java.lang}, {@code java.util} and
 *       {@code jdk.internal} (or the top frame if all are inside), since a {@code HashMap.resize} or a string
 *       concatenation says less than the code that asked for it. A sample's weight is what its thread allocated
 *       since its previous sample, so a thread's first sample also counts what it allocated before the recording
 *       began; a recording from the process's start has no such excess.
 *   <li>Locks: the monitors entered after blocking ({@code jdk.JavaMonitorEnter}) and the parks
 *       ({@code jdk.ThreadPark}) by class, with their total time. Both only record waits above a threshold.
 *   <li>GC: the number of collections and their total pause, beside how long the recording ran.
 * </ul>
 *
 * Methods are named by their class's full name and the method's name, without the parameters.
 */
public final class JfrFindings {

    /** The app's own code, whose methods get an inclusive table of their own. */
    private static final String OWN_CODE = "org.filmclub.";

    private JfrFindings() {}

    /** The summary of the recording, also written to {@code out}. */
    public static String write(Path recording, Path out) throws IOException {
        var summary = summary(recording);
        var parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, summary);
        return summary;
    }

    /** The summary of the recording, as Markdown. */
    public static String summary(Path recording) throws IOException {
        var tally = new Tally();
        try (var file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                tally.add(file.readEvent());
            }
        }
        return tally.summary(recording.getFileName().toString());
    }

    /** Counts and totals gathered in one pass over the recording's events. */
    private static final class Tally {
        long samples;
        long truncated;
        final Map<String, Long> self = new HashMap<>();
        final Map<String, Long> inclusive = new HashMap<>();
        final Map<String, Long> threads = new HashMap<>();
        long allocated;
        final Map<String, Long> allocatedClasses = new HashMap<>();
        final Map<String, Long> allocatingMethods = new HashMap<>();
        final Map<String, Long> monitorNanos = new HashMap<>();
        final Map<String, Long> monitorCounts = new HashMap<>();
        final Map<String, Long> parkNanos = new HashMap<>();
        final Map<String, Long> parkCounts = new HashMap<>();
        long collections;
        long pauseNanos;
        Instant first;
        Instant last;

        void add(RecordedEvent event) {
            first = first == null || event.getStartTime().isBefore(first) ? event.getStartTime() : first;
            last = last == null || event.getEndTime().isAfter(last) ? event.getEndTime() : last;
            switch (event.getEventType().getName()) {
                case "jdk.ExecutionSample" -> sample(event);
                case "jdk.ObjectAllocationSample" -> {
                    var weight = event.getLong("weight");
                    allocated += weight;
                    allocatedClasses.merge(name(event.getClass("objectClass")), weight, Long::sum);
                    allocatingMethods.merge(allocatingMethod(event.getStackTrace()), weight, Long::sum);
                }
                case "jdk.JavaMonitorEnter" -> {
                    var monitor = name(event.getClass("monitorClass"));
                    monitorNanos.merge(monitor, event.getDuration().toNanos(), Long::sum);
                    monitorCounts.merge(monitor, 1L, Long::sum);
                }
                case "jdk.ThreadPark" -> {
                    var parked = name(event.getClass("parkedClass"));
                    parkNanos.merge(parked, event.getDuration().toNanos(), Long::sum);
                    parkCounts.merge(parked, 1L, Long::sum);
                }
                case "jdk.GarbageCollection" -> {
                    collections++;
                    pauseNanos += event.getDuration("sumOfPauses").toNanos();
                }
                default -> {}
            }
        }

        void sample(RecordedEvent event) {
            samples++;
            threads.merge(threadGroup(event.getThread("sampledThread")), 1L, Long::sum);
            var stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                return;
            }
            if (stack.isTruncated()) {
                truncated++;
            }
            self.merge(method(stack.getFrames().get(0)), 1L, Long::sum);
            var seen = new HashSet<String>();
            stack.getFrames().forEach(frame -> seen.add(method(frame)));
            seen.forEach(method -> inclusive.merge(method, 1L, Long::sum));
        }

        String summary(String fileName) {
            var out = new StringBuilder("# Flight recording ").append(fileName).append("\n\n");
            var length = first == null ? Duration.ZERO : Duration.between(first, last);
            out.append(String.format(
                    "Recorded %.1f s: %d execution samples (%d with truncated stacks), %.1f MB of sampled"
                            + " allocation.\n",
                    length.toMillis() / 1000.0, samples, truncated, allocated / 1e6));
            BiFunction<String, Long, String> share =
                    (key, n) -> String.format("%.1f%% | %d", 100.0 * n / Math.max(1, samples), n);
            ranked(out, "CPU: methods on top of the stack (self)", "share | samples | method", self, 15, share);
            ranked(out, "CPU: methods anywhere on the stack", "share | samples | method", inclusive, 15, share);
            var own = new HashMap<>(inclusive);
            own.keySet().removeIf(method -> !method.startsWith(OWN_CODE));
            ranked(out, "CPU: the app's methods anywhere on the stack", "share | samples | method", own, 15, share);
            ranked(out, "CPU: samples by thread", "share | samples | thread", threads, 8, share);
            BiFunction<String, Long, String> weight =
                    (key, n) -> String.format("%.1f%% | %.1f", 100.0 * n / Math.max(1, allocated), n / 1e6);
            ranked(out, "Allocation: classes", "share | MB | class", allocatedClasses, 12, weight);
            ranked(
                    out,
                    "Allocation: methods (first frame outside java.lang, java.util, jdk.internal)",
                    "share | MB | method",
                    allocatingMethods,
                    10,
                    weight);
            ranked(
                    out,
                    "Locks: monitors entered after blocking",
                    "blocked ms | entries | monitor class",
                    monitorNanos,
                    8,
                    counted(monitorCounts));
            ranked(out, "Locks: parked threads", "parked ms | parks | parked on", parkNanos, 8, counted(parkCounts));
            if (monitorNanos.isEmpty() || parkNanos.isEmpty()) {
                out.append("\nAn empty lock table need not mean no waits: both lock events only record waits"
                        + " longer than a threshold (10 ms in the profile settings, 20 ms in the default ones).\n");
            }
            out.append(String.format(
                    "\n## GC\n\n%d collections, %.1f ms paused in all (%.2f%% of the recording).\n",
                    collections, pauseNanos / 1e6, 100.0 * pauseNanos / Math.max(1, length.toNanos())));
            return out.toString();
        }

        /** The cells before the name for a total in nanoseconds: the total in milliseconds and the count. */
        private static BiFunction<String, Long, String> counted(Map<String, Long> counts) {
            return (key, n) -> String.format("%.1f | %d", n / 1e6, counts.get(key));
        }
    }

    /** The entries with the largest values as a Markdown table, or a line saying there were none. */
    private static void ranked(
            StringBuilder out,
            String heading,
            String header,
            Map<String, Long> values,
            int limit,
            BiFunction<String, Long, String> cells) {
        out.append("\n## ").append(heading).append("\n\n");
        if (values.isEmpty()) {
            out.append("None recorded.\n");
            return;
        }
        out.append("| ").append(header).append(" |\n|");
        out.append(" --- |".repeat(header.split("\\|").length)).append('\n');
        values.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> out.append("| ")
                        .append(cells.apply(e.getKey(), e.getValue()))
                        .append(" | ")
                        .append(e.getKey())
                        .append(" |\n"));
    }

    private static String method(RecordedFrame frame) {
        var method = frame.getMethod();
        return method == null ? "(unknown)" : name(method.getType()) + "." + method.getName();
    }

    private static String allocatingMethod(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return "(no stack)";
        }
        for (var frame : stack.getFrames()) {
            var type = frame.getMethod() == null ? "" : name(frame.getMethod().getType());
            if (!type.startsWith("java.lang.") && !type.startsWith("java.util.") && !type.startsWith("jdk.internal.")) {
                return method(frame);
            }
        }
        return method(stack.getFrames().get(0));
    }

    private static String threadGroup(RecordedThread thread) {
        if (thread == null) {
            return "(unknown)";
        }
        var name = thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
        return name == null ? "(unnamed)" : name.replaceFirst("[0-9]+$", "");
    }

    /** A class's name as written in Java: {@code byte[]} rather than {@code [B}. */
    private static String name(RecordedClass type) {
        if (type == null) {
            return "(none)";
        }
        var name = type.getName();
        var dimensions = 0;
        while (name.startsWith("[")) {
            name = name.substring(1);
            dimensions++;
        }
        if (dimensions > 0) {
            name = switch (name) {
                case "B" -> "byte";
                case "C" -> "char";
                case "I" -> "int";
                case "J" -> "long";
                case "S" -> "short";
                case "Z" -> "boolean";
                case "F" -> "float";
                case "D" -> "double";
                default -> name.substring(1, name.length() - 1);
            };
        }
        return name + "[]".repeat(dimensions);
    }
}
