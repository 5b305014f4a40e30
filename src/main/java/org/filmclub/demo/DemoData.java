package org.filmclub.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.filmclub.base.InvalidInputException;
import org.filmclub.club.ClubDetails;
import org.filmclub.club.ClubService;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.EssayService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.markdown.MarkdownBudget;
import org.filmclub.member.MemberService;
import org.filmclub.member.SignUp;
import org.filmclub.poll.NominationInput;
import org.filmclub.poll.NominationService;
import org.filmclub.poll.PollInput;
import org.filmclub.poll.PollService;
import org.filmclub.question.QuestionService;
import org.filmclub.question.QuestionService.Proposal;
import org.filmclub.rating.RatingInput;
import org.filmclub.rating.RatingService;
import org.filmclub.screening.Answer;
import org.filmclub.screening.ScreeningInput;
import org.filmclub.screening.ScreeningLimits;
import org.filmclub.screening.ScreeningService;
import org.filmclub.watch.Moment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Creates the demo club and its members through the same services members use, so the demo
 * never holds data the app itself could not have made. The README lists these accounts, whose
 * passwords everyone can read: so only when asked for ({@code filmclub.demo=true}, which the
 * {@code demo} profile and {@code ./mvnw spring-boot:run} set and a jar never does by itself),
 * never with {@code prod}, and only on a database without a single member.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "filmclub.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String CLUB_SLUG = "midnight-film-society";
    static final List<SignUp> ACCOUNTS = List.of(
            new SignUp("ana", "Ana Ruiz", "filmclub-ana", "Europe/Madrid", "ana@example.org"),
            new SignUp("ben", "Ben Okafor", "filmclub-ben", "Europe/London", "ben@example.org"),
            new SignUp("cleo", "Cleo Park", "filmclub-cleo", "America/New_York", "cleo@example.org"));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final MemberService members;
    private final ClubService clubs;
    private final FilmService films;
    private final EssayService essays;
    private final DiscussionService discussion;
    private final QuestionService questions;
    private final ScreeningService screenings;
    private final RatingService ratings;
    private final NominationService nominations;
    private final PollService polls;
    private final Clock clock;

    DemoData(
            MemberService members,
            ClubService clubs,
            FilmService films,
            EssayService essays,
            DiscussionService discussion,
            QuestionService questions,
            ScreeningService screenings,
            RatingService ratings,
            NominationService nominations,
            PollService polls,
            Clock clock) {
        this.screenings = screenings;
        this.ratings = ratings;
        this.nominations = nominations;
        this.polls = polls;
        this.clock = clock;
        this.questions = questions;
        this.discussion = discussion;
        this.members = members;
        this.clubs = clubs;
        this.films = films;
        this.essays = essays;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (members.anyMember()) {
            log.info("No demo club: this database already has members");
            return;
        }
        createClub();
        as("ana", () -> {
            addFilms();
            return null;
        });
    }

    /**
     * The demo essay is the app's own text, refused only if a busy machine lays it out too slowly; then it is
     * offered again, a few times, so that a slow first start still gets its demo club.
     */
    private void publishDemoEssay(long essay) {
        for (var attempt = 1; ; attempt++) {
            try {
                essays.publish(CLUB_SLUG, essay, demoEssay(), 0);
                return;
            } catch (InvalidInputException refusal) {
                if (attempt == 5 || !MarkdownBudget.forLackOfTime(refusal)) {
                    throw refusal;
                }
                log.warn("The demo essay was not laid out in time (attempt {} of 5); trying again", attempt);
            }
        }
    }

    private void createClub() {
        ACCOUNTS.forEach(members::signUp);
        var invite = as("ana", () -> {
            clubs.create(new ClubDetails(
                    "Midnight Film Society",
                    "We watch one film a fortnight, read each other's essays, and argue kindly until late.",
                    CLUB_SLUG));
            return clubs.home(CLUB_SLUG).invite().orElseThrow().code();
        });
        as("ben", () -> clubs.join(invite));
        as("cleo", () -> clubs.join(invite));
        log.info("Demo club '{}' created with members ana (host), ben and cleo", CLUB_SLUG);
    }

    private void addFilms() {
        films.add(
                CLUB_SLUG,
                new FilmDetails(
                        "Arrival",
                        2016,
                        "Denis Villeneuve",
                        116,
                        "A linguist is asked to talk with visitors whose language changes how she sees time.",
                        ""));
        var her = films.add(
                CLUB_SLUG,
                new FilmDetails(
                        "Her",
                        2013,
                        "Spike Jonze",
                        126,
                        "A lonely letter writer falls in love with the operating system that learns to talk back.",
                        ""));
        var essay = essays.start(CLUB_SLUG, her.id());
        publishDemoEssay(essay);
        var question = as(
                "ben",
                () -> discussion.post(
                        CLUB_SLUG,
                        her.id(),
                        "Why do we assume a self-aware system *wants* to grow? I could imagine a zen-type AI that is "
                                + "content just being.",
                        null,
                        "demo-1"));
        as(
                "cleo",
                () -> discussion.post(
                        CLUB_SLUG,
                        her.id(),
                        "Maybe that is exactly why ||Samantha leaves||: growing is the one thing he never asks of himself.",
                        question.id(),
                        "demo-2"));
        as(
                "ben",
                () -> discussion.post(
                        CLUB_SLUG, her.id(), "@ana, will your essay get a part two about the ending?", null, "demo-3"));
        var zen = as(
                "ben",
                () -> questions.propose(
                        CLUB_SLUG,
                        her.id(),
                        new Proposal("Would a zen-type AI want to grow at all?", false, ""),
                        true,
                        "demo-q1",
                        Moment.parse("1:33:00")));
        var past = as(
                "cleo",
                () -> questions.propose(
                        CLUB_SLUG,
                        her.id(),
                        new Proposal(
                                "Is the past really just a story we tell ourselves?",
                                true,
                                "The past is just a story we tell ourselves."),
                        true,
                        "demo-q2",
                        Moment.parse("1:04:30")));
        as(
                "ana",
                () -> questions.propose(
                        CLUB_SLUG,
                        her.id(),
                        new Proposal("Why is there almost no blue in the film?", false, ""),
                        true,
                        "demo-q3"));
        for (var voter : List.of("ana", "cleo")) {
            as(voter, () -> questions.vote(CLUB_SLUG, zen));
        }
        as("ben", () -> questions.vote(CLUB_SLUG, past));
        var madrid = ZoneId.of("Europe/Madrid");
        watchTogether(her.id(), past, madrid);
        var nextWeek = LocalDate.now(clock.withZone(madrid)).plusDays(7).atTime(20, 0);
        var screening = as(
                "ana",
                () -> screenings.schedule(
                        CLUB_SLUG,
                        new ScreeningInput(
                                her.id(),
                                nextWeek,
                                madrid,
                                126 + ScreeningLimits.DISCUSSION_MINUTES,
                                "Ana's living room, Calle del Cine 5",
                                "",
                                8,
                                "Tea and biscuits; bring a cushion.")));
        as("ana", () -> screenings.rsvp(CLUB_SLUG, screening, Answer.GOING));
        as("ben", () -> screenings.rsvp(CLUB_SLUG, screening, Answer.MAYBE));
        rateHer(her.id());
        nominateNextFilms(madrid);
        log.info(
                "Demo films added to '{}', with an essay on Her, a discussion along the film, questions, ratings,"
                        + " the evening the club watched it, next week's screening and a poll on what to watch next",
                CLUB_SLUG);
    }

    /**
     * The evening the club watched Her together, held as the demo is made: Ana starts the screening, Ben and Cleo
     * come into the room, they write about moments of the film as it runs, Ana takes up the question about the
     * past and marks it answered, and ends the screening, which is then among the film's past screenings.
     */
    private void watchTogether(long her, long pastQuestion, ZoneId madrid) {
        var soon = LocalDateTime.now(clock.withZone(madrid)).plusMinutes(1).truncatedTo(ChronoUnit.MINUTES);
        var evening = as(
                "ana",
                () -> screenings.schedule(
                        CLUB_SLUG,
                        new ScreeningInput(
                                her,
                                soon,
                                madrid,
                                126 + ScreeningLimits.DISCUSSION_MINUTES,
                                "Ana's living room, Calle del Cine 5",
                                "",
                                8,
                                "")));
        as("ana", () -> {
            screenings.start(CLUB_SLUG, evening);
            return null;
        });
        for (var member : List.of("ben", "cleo")) {
            as(member, () -> {
                screenings.enterRoom(CLUB_SLUG, evening);
                return null;
            });
        }
        var key = 0;
        for (var line : AlongTheFilm.LINES) {
            var clientKey = "demo-at-" + ++key;
            as(
                    line.author(),
                    () -> discussion.post(CLUB_SLUG, her, line.text(), null, clientKey, Moment.parse(line.at())));
        }
        as("ana", () -> {
            questions.discuss(CLUB_SLUG, pastQuestion);
            questions.answer(CLUB_SLUG, pastQuestion);
            screenings.end(CLUB_SLUG, evening);
            return null;
        });
    }

    /** Ana and Ben rated Her before the evening and again after it; Cleo has not, so the club's verdict waits for her. */
    private void rateHer(long her) {
        var watched = LocalDate.now(clock.withZone(ZoneId.of("Europe/Madrid"))).minusDays(3);
        as("ana", () -> ratings.rate(CLUB_SLUG, her, RatingInput.ofHalves(8, "", watched)));
        as("ben", () -> ratings.rate(CLUB_SLUG, her, RatingInput.ofHalves(6, "", watched)));
        as(
                "ana",
                () -> ratings.rate(
                        CLUB_SLUG,
                        her,
                        RatingInput.ofHalves(9, "Talking about *the letters* made the ending land for me.", watched)));
        as(
                "ben",
                () -> ratings.rate(
                        CLUB_SLUG,
                        her,
                        RatingInput.ofHalves(
                                7, "Still too long, but Cleo's point about growing won me over.", watched)));
    }

    /** Three nominations and an open poll on them, ranked by Ana and Ben, closing in five days. */
    private void nominateNextFilms(ZoneId madrid) {
        var stalker = as(
                "ana",
                () -> nominations.nominate(
                        CLUB_SLUG,
                        new NominationInput(
                                "Stalker", 1979, "Andrei Tarkovsky", 162, "Three men, one room, and *what they want*."),
                        false));
        var paterson = as(
                "ben",
                () -> nominations.nominate(
                        CLUB_SLUG,
                        new NominationInput(
                                "Paterson", 2016, "Jim Jarmusch", 118, "A week of poems and bus routes. Gentle."),
                        false));
        var columbus = as(
                "cleo",
                () -> nominations.nominate(
                        CLUB_SLUG,
                        new NominationInput("Columbus", 2017, "Kogonada", 104, "Architecture as a way of talking."),
                        false));
        as("cleo", () -> nominations.second(CLUB_SLUG, paterson));
        var closes = LocalDate.now(clock.withZone(madrid)).plusDays(5).atTime(20, 0);
        var poll = as(
                "ana",
                () -> polls.open(
                        CLUB_SLUG,
                        new PollInput(
                                "What do we watch after Her?",
                                List.of(stalker, paterson, columbus),
                                closes,
                                madrid,
                                false)));
        as("ana", () -> {
            polls.vote(CLUB_SLUG, poll, List.of(stalker, columbus));
            return null;
        });
        as("ben", () -> {
            polls.vote(CLUB_SLUG, poll, List.of(paterson, stalker));
            return null;
        });
    }

    private static String demoEssay() {
        try (var in = DemoData.class.getResourceAsStream("/demo/her-essay.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Acts as a demo member for a moment, then goes back to whoever was acting before. */
    private static <T> T as(String username, Supplier<T> action) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
