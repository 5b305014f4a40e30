package org.filmclub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.StandaloneApp.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.filmclub.club.ClubService;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.question.QuestionCard;
import org.filmclub.question.QuestionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the app confirmed to a member is on disk: the app runs as its own process on the default H2 database,
 * a member writes through it ({@link ConfirmedWrites}), the process is killed with SIGKILL in mid-stream,
 * and the app started again on the same folder shows every write it had confirmed.
 */
class KilledProcessTest {

    /** Confirmed writes to wait for before the kill: a count, never a time. */
    private static final int WRITES_BEFORE_THE_KILL = 300;
    /** Bounds on a stuck child only (a cold start on a busy machine takes minutes); never reached when it works. */
    private static final long STARTUP_LIMIT_S = 300;

    private static final long NEXT_LINE_LIMIT_S = 60;
    private static final String END = "\u0000end";

    @Test
    void every_message_question_and_vote_the_app_confirmed_is_there_after_its_process_is_killed(@TempDir Path dataDir)
            throws Exception {
        var messages = new HashSet<Long>();
        var questions = new HashSet<Long>();
        var votes = new HashSet<Long>();
        String slug;
        long filmId;
        var output = new ArrayDeque<String>();
        var child = startWriter(dataDir);
        long started = 0;
        long killed;
        try {
            var lines = linesOf(child);
            var club = nextLine(lines, output, "club ", STARTUP_LIMIT_S).split(" ");
            slug = club[1];
            filmId = Long.parseLong(club[2]);
            started = System.nanoTime();
            while (messages.size() + questions.size() + votes.size() < WRITES_BEFORE_THE_KILL) {
                record(
                        nextLine(lines, output, ConfirmedWrites.CONFIRMED, NEXT_LINE_LIMIT_S),
                        messages,
                        questions,
                        votes);
            }
            killed = System.nanoTime();
            kill(child);
            // Lines the app had printed before it died were confirmed too.
            for (var line = lines.poll(NEXT_LINE_LIMIT_S, TimeUnit.SECONDS);
                    line != null && !line.equals(END);
                    line = lines.poll(NEXT_LINE_LIMIT_S, TimeUnit.SECONDS)) {
                if (line.startsWith(ConfirmedWrites.CONFIRMED)) {
                    record(line, messages, questions, votes);
                }
            }
        } finally {
            kill(child);
        }
        var confirmed = messages.size() + questions.size() + votes.size();
        System.out.printf(
                "KilledProcessTest: %d writes confirmed, %.0f per second, before SIGKILL%n",
                confirmed, WRITES_BEFORE_THE_KILL / ((killed - started) / 1e9));

        try (var again = StandaloneApp.start("--filmclub.data-dir=" + dataDir)) {
            var shownMessages =
                    as(ConfirmedWrites.MEMBER, () -> allMessages(again.getBean(DiscussionService.class), slug, filmId));
            var board = as(ConfirmedWrites.MEMBER, () -> again.getBean(QuestionService.class)
                    .board(slug, filmId));
            var memberId = as(ConfirmedWrites.MEMBER, () -> again.getBean(ClubService.class)
                    .home(slug)
                    .members()
                    .get(0)
                    .memberId());
            var shownQuestions =
                    board.questions().stream().map(QuestionCard::id).collect(Collectors.toSet());
            var shownVotes = board.questions().stream()
                    .filter(q -> q.votedBy(memberId))
                    .map(QuestionCard::id)
                    .collect(Collectors.toSet());

            var lostMessages = missing(messages, shownMessages);
            var lostQuestions = missing(questions, shownQuestions);
            var lostVotes = missing(votes, shownVotes);
            System.out.printf(
                    "KilledProcessTest: lost after the restart: %d messages, %d questions, %d votes%n",
                    lostMessages.size(), lostQuestions.size(), lostVotes.size());
            assertThat(lostMessages)
                    .as("confirmed messages missing after the restart")
                    .isEmpty();
            assertThat(lostQuestions)
                    .as("confirmed questions missing after the restart")
                    .isEmpty();
            assertThat(lostVotes)
                    .as("confirmed votes missing after the restart")
                    .isEmpty();
        }
    }

    private static Process startWriter(Path dataDir) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-cp", classpath, ConfirmedWrites.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
    }

    /** The child's output, line by line, ending with {@link #END} when it closes. */
    private static BlockingQueue<String> linesOf(Process child) {
        var lines = new LinkedBlockingQueue<String>();
        var reader = new Thread(
                () -> {
                    try (var in = child.inputReader(StandardCharsets.UTF_8)) {
                        for (var line = in.readLine(); line != null; line = in.readLine()) {
                            lines.add(line);
                        }
                    } catch (IOException closed) {
                        // the process is gone
                    }
                    lines.add(END);
                },
                "confirmed-writes-reader");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** The next line starting with the prefix; what came before it is kept (the last 40 lines) to explain a failure. */
    private static String nextLine(BlockingQueue<String> lines, ArrayDeque<String> output, String prefix, long limitS)
            throws InterruptedException {
        while (true) {
            var line = lines.poll(limitS, TimeUnit.SECONDS);
            if (line == null || line.equals(END)) {
                throw new AssertionError((line == null
                                ? "The app printed nothing for " + limitS + " s"
                                : "The app ended before it was killed")
                        + "; its last lines:\n" + String.join("\n", output));
            }
            if (line.startsWith(prefix)) {
                return line;
            }
            output.addLast(line);
            if (output.size() > 40) {
                output.removeFirst();
            }
        }
    }

    private static void record(String line, Set<Long> messages, Set<Long> questions, Set<Long> votes) {
        var parts = line.substring(ConfirmedWrites.CONFIRMED.length()).split(" ");
        var id = Long.parseLong(parts[1]);
        switch (parts[0]) {
            case "message" -> messages.add(id);
            case "question" -> questions.add(id);
            case "vote" -> votes.add(id);
            default -> throw new IllegalStateException(line);
        }
    }

    /** SIGKILL on Linux: no shutdown hook, no closing of the database, as when the machine's kernel ends it. */
    private static void kill(Process child) throws InterruptedException {
        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly();
        child.waitFor();
    }

    private static Set<Long> allMessages(DiscussionService discussion, String slug, long filmId) {
        var ids = new HashSet<Long>();
        var after = 0L;
        for (var page = discussion.since(slug, filmId, after);
                !page.isEmpty();
                page = discussion.since(slug, filmId, after)) {
            for (var message : page) {
                ids.add(message.id());
                after = Math.max(after, message.id());
            }
        }
        return ids;
    }

    private static Set<Long> missing(Set<Long> confirmed, Set<Long> shown) {
        var lost = new TreeSet<>(confirmed);
        lost.removeAll(shown);
        return lost;
    }
}
