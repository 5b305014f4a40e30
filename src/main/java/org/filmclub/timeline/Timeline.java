package org.filmclub.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.filmclub.watch.Moment;
import org.jspecify.annotations.Nullable;

/**
 * Where along a film the club talked, in stretches of a few minutes: how many messages and questions are
 * anchored in each, the member's own position, and the moments of the questions the club took up.
 *
 * @param length how much of the film the strip spans: its runtime, or, when that is not known, the latest
 *     moment anyone wrote about
 * @param position how far the member has watched, when they said so part way through
 * @param discussed the moments of the questions a host took up ("Discuss now") or marked answered
 */
public record Timeline(
        long length, long stretch, List<Stretch> stretches, @Nullable Moment position, List<Moment> discussed) {

    /** The strip is never shorter than this, so a few early moments do not fill it. */
    static final long SHORTEST = 10 * 60_000L;

    /** Stretches never exceed this many; a long film gets longer stretches. */
    static final int MOST_STRETCHES = 36;

    /** One stretch of the film, {@code [from, to)} in milliseconds, and what was anchored in it. */
    public record Stretch(long from, long to, int messages, int questions) {
        public boolean isEmpty() {
            return messages + questions == 0;
        }

        public Moment start() {
            return Moment.ofMillis(from);
        }

        public Moment end() {
            return Moment.ofMillis(to);
        }

        /** "0:40:00–0:45:00: 3 messages, 1 question". */
        public String text() {
            return start().text() + "–" + end().text() + ": " + counts();
        }

        public String counts() {
            if (isEmpty()) {
                return "nothing";
            }
            var parts = new ArrayList<String>();
            if (messages > 0) {
                parts.add(plural(messages, "message"));
            }
            if (questions > 0) {
                parts.add(plural(questions, "question"));
            }
            return String.join(", ", parts);
        }

        public boolean holds(Moment moment) {
            return moment.millis() >= from && moment.millis() < to;
        }
    }

    /**
     * Lays the moments out in stretches of whole minutes: five minutes for a feature, shorter for a short
     * film, longer when five would make more than {@link #MOST_STRETCHES}.
     *
     * @param runtimeMinutes the film's runtime, or 0 when not known
     */
    public static Timeline of(
            int runtimeMinutes,
            Collection<Moment> messages,
            Collection<Moment> questions,
            @Nullable Moment position,
            List<Moment> discussed) {
        long latest = 0;
        for (var moment : concat(messages, questions, discussed)) {
            latest = Math.max(latest, moment.millis() + 1);
        }
        if (position != null) {
            latest = Math.max(latest, position.millis() + 1);
        }
        long length = runtimeMinutes > 0 ? Math.max(runtimeMinutes * 60_000L, latest) : Math.max(SHORTEST, latest);
        long minutes = Math.max(1, Math.min(5, (length / 60_000L + 11) / 12));
        while (length > minutes * 60_000L * MOST_STRETCHES) {
            minutes++;
        }
        long stretch = minutes * 60_000L;
        int count = (int) ((length + stretch - 1) / stretch);
        var messageCounts = new int[count];
        var questionCounts = new int[count];
        messages.forEach(m -> messageCounts[index(m, stretch, count)]++);
        questions.forEach(m -> questionCounts[index(m, stretch, count)]++);
        var stretches = new ArrayList<Stretch>(count);
        for (int i = 0; i < count; i++) {
            stretches.add(
                    new Stretch(i * stretch, Math.min(length, (i + 1) * stretch), messageCounts[i], questionCounts[i]));
        }
        return new Timeline(length, stretch, List.copyOf(stretches), position, List.copyOf(discussed));
    }

    private static int index(Moment moment, long stretch, int count) {
        return (int) Math.min(count - 1, moment.millis() / stretch);
    }

    private static List<Moment> concat(Collection<Moment> a, Collection<Moment> b, Collection<Moment> c) {
        var all = new ArrayList<Moment>(a.size() + b.size() + c.size());
        all.addAll(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    /** The stretch a moment falls in. */
    public Stretch stretchAt(Moment moment) {
        return stretches.get(index(moment, stretch, stretches.size()));
    }

    public boolean isEmpty() {
        return stretches.stream().allMatch(Stretch::isEmpty);
    }

    public List<Stretch> talked() {
        return stretches.stream().filter(s -> !s.isEmpty()).toList();
    }

    /** The strip in a sentence or two, for those who do not see it. */
    public String text() {
        var talked = talked();
        if (talked.isEmpty()) {
            return "Nothing has been said about a moment of the film yet.";
        }
        var busiest = talked.stream()
                .max(java.util.Comparator.comparingInt((Stretch s) -> s.messages() + s.questions()))
                .orElseThrow();
        var text = new StringBuilder("Talk along the film, in stretches of ")
                .append(plural((int) (stretch / 60_000L), "minute"))
                .append(": ")
                .append(plural(talked.size(), "stretch"))
                .append(" with messages or questions; the most at ")
                .append(busiest.text())
                .append(".");
        if (position != null) {
            text.append(" You are at ").append(position.text()).append(".");
        }
        if (!discussed.isEmpty()) {
            text.append(" The club took up ")
                    .append(plural(discussed.size(), "question"))
                    .append(" along the way.");
        }
        return text.toString();
    }

    static String plural(int count, String noun) {
        return count + " " + (count == 1 ? noun : noun.endsWith("ch") ? noun + "es" : noun + "s");
    }
}
