package org.filmclub;

import static org.filmclub.StandaloneApp.as;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.filmclub.club.ClubDetails;
import org.filmclub.club.ClubService;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberService;
import org.filmclub.member.SignUp;
import org.filmclub.question.QuestionService;
import org.filmclub.question.QuestionService.Proposal;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The app in a JVM of its own, with a member who posts a message, asks a question and votes for it, over and
 * over, through the real services. Each write is printed as {@code confirmed message|question|vote <id>} once
 * the service call has returned, that is once the app has told the member it is saved. Its only argument is the
 * data folder. First it prints {@code club <slug> <filmId>}.
 * <p>
 * It stops by itself after {@link #ROUNDS} rounds or {@link #LONGEST} of writing, and at once when its standard
 * input closes, so it never outlives the test that started it.
 */
public final class ConfirmedWrites {

    public static final String MEMBER = "keeper";
    static final String CONFIRMED = "confirmed ";
    private static final int ROUNDS = 5_000;
    private static final Duration LONGEST = Duration.ofMinutes(2);

    private ConfirmedWrites() {}

    public static void main(String[] args) throws IOException {
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        endWhenTheInputCloses();
        var app = new SpringApplicationBuilder(FilmclubApplication.class, FastClock.class)
                .profiles("prod")
                .run(
                        "--filmclub.data-dir=" + args[0],
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=warn");
        app.getBean(MemberService.class)
                .signUp(new SignUp(MEMBER, "Kee Per", "remember me please", "UTC", MEMBER + "@example.org"));
        var slug = as(MEMBER, () -> app.getBean(ClubService.class)
                        .create(new ClubDetails("Durable Club", "Still here", "")))
                .slug();
        var filmId = as(MEMBER, () -> app.getBean(FilmService.class)
                        .add(slug, new FilmDetails("Stalker", 1979, "Andrei Tarkovsky", 162, "", "")))
                .id();
        out.println("club " + slug + " " + filmId);

        var discussion = app.getBean(DiscussionService.class);
        var questions = app.getBean(QuestionService.class);
        var end = Instant.now().plus(LONGEST);
        for (var round = 0; round < ROUNDS && Instant.now().isBefore(end); round++) {
            var n = round;
            var message = as(MEMBER, () -> discussion.post(slug, filmId, "Still here, message " + n, null, "m" + n));
            out.println(CONFIRMED + "message " + message.id());
            var question = as(
                    MEMBER,
                    () -> questions.propose(
                            slug,
                            filmId,
                            new Proposal("What does the room grant, question " + n + "?", false, ""),
                            true,
                            "q" + n));
            out.println(CONFIRMED + "question " + question);
            as(MEMBER, () -> questions.vote(slug, question));
            out.println(CONFIRMED + "vote " + question);
        }
        app.close();
    }

    private static void endWhenTheInputCloses() {
        var watch = new Thread(
                () -> {
                    try {
                        while (System.in.read() >= 0) {
                            // nothing is sent; only the end counts
                        }
                    } catch (IOException gone) {
                        // the test is gone too
                    }
                    Runtime.getRuntime().halt(0);
                },
                "ends-with-its-test");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * Each reading of the clock is a minute after the last, so the flood limits, which count what one member
     * wrote in the last seconds, let one member write as fast as the database takes it.
     */
    static class FastClock {

        @Bean
        @Primary
        Clock fastClock() {
            return TestClock.steppingBy(Duration.ofMinutes(1));
        }
    }
}
