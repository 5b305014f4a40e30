package org.filmclub.transfer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filmclub.StandaloneApp.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.filmclub.StandaloneApp;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.club.ClubDetails;
import org.filmclub.club.ClubService;
import org.filmclub.club.Role;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.EssayService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.film.FilmSummary;
import org.filmclub.member.MemberService;
import org.filmclub.member.SignUp;
import org.filmclub.question.QuestionService;
import org.filmclub.question.QuestionService.Proposal;
import org.filmclub.screening.Answer;
import org.filmclub.screening.ScheduleService;
import org.filmclub.screening.ScreeningInput;
import org.filmclub.screening.ScreeningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** A club leaves one installation as a file and arrives on another whole, message for message, vote for vote. */
class ClubTransferTest {

    private static final String PASSWORD = "a long enough password";
    private static final String SLUG = "tuesday-films";

    private static ConfigurableApplicationContext source;
    private static byte[] file;

    @BeforeAll
    static void a_club_with_a_bit_of_everything() {
        source = StandaloneApp.start(dataDir());
        var members = source.getBean(MemberService.class);
        members.signUp(new SignUp("ana", "Ana Host", PASSWORD, "Europe/Madrid", "ana@example.org"));
        members.signUp(new SignUp("ben", "Ben Brown", PASSWORD, "UTC", "ben@example.org"));
        members.signUp(new SignUp("cleo", "Cleo C", PASSWORD, "UTC", "cleo@example.org"));
        var clubs = source.getBean(ClubService.class);
        as("ana", () -> clubs.create(new ClubDetails("Tuesday Films", "We watch on Tuesdays", SLUG)));
        var code = as("ana", () -> clubs.home(SLUG).invite().orElseThrow().code());
        as("ben", () -> clubs.join(code));
        as("cleo", () -> clubs.join(code));

        var films = source.getBean(FilmService.class);
        var her = as(
                "ana",
                () -> films.add(
                        SLUG,
                        new FilmDetails("Her", 2013, "Spike Jonze", 126, "A man falls for an operating system.", "")));
        as("ben", () -> films.add(SLUG, new FilmDetails("Arrival", 2016, "Denis Villeneuve", 116, "", "")));

        var essays = source.getBean(EssayService.class);
        var essay = as("ana", () -> essays.start(SLUG, her.id()));
        as("ana", () -> essays.publish(SLUG, essay, "# On *Her*\n\nFirst thoughts.", 0));
        as(
                "ana",
                () -> essays.publish(
                        SLUG, essay, "# On *Her*\n\nSecond thoughts, with a [link](https://example.com).", 1));

        var discussion = source.getBean(DiscussionService.class);
        var first = as("ben", () -> discussion.post(SLUG, her.id(), "Did the ending work for you, @ana?", null, "k1"));
        as("ana", () -> discussion.post(SLUG, her.id(), "It did. ||She leaves.||", first.id(), "k2"));
        var edited = as("cleo", () -> discussion.post(SLUG, her.id(), "I cried twice", first.id(), "k3"));
        as("cleo", () -> discussion.edit(SLUG, edited.id(), "I cried **three** times"));
        var deleted = as("ben", () -> discussion.post(SLUG, her.id(), "oops, wrong film", null, "k4"));
        as("ben", () -> discussion.delete(SLUG, deleted.id()));
        var rude = as("cleo", () -> discussion.post(SLUG, her.id(), "something rude", null, "k5"));
        as("ana", () -> discussion.hide(SLUG, rude.id()));
        as("ana", () -> discussion.post(SLUG, her.id(), "Next week: Arrival", null, "k6"));

        var questions = source.getBean(QuestionService.class);
        var zen = as(
                "ben",
                () -> questions.propose(
                        SLUG, her.id(), new Proposal("Would a zen-type AI want to grow?", false, null), true, "q1"));
        var lonely = as(
                "cleo",
                () -> questions.propose(
                        SLUG,
                        her.id(),
                        new Proposal("Is Theodore lonelier at the end?", true, "Second thoughts"),
                        true,
                        "q2"));
        var duplicate = as(
                "ana",
                () -> questions.propose(
                        SLUG, her.id(), new Proposal("Does the AI want to grow beyond us?", false, null), true, "q3"));
        for (var voter : List.of("ana", "ben", "cleo")) {
            as(voter, () -> questions.vote(SLUG, zen));
        }
        as("ben", () -> questions.vote(SLUG, lonely));
        as("cleo", () -> questions.vote(SLUG, duplicate));
        as("ana", () -> {
            questions.merge(SLUG, duplicate, zen);
            questions.pin(SLUG, lonely, true);
            return null;
        });

        var screenings = source.getBean(ScreeningService.class);
        var nextWeek = LocalDateTime.now(ZoneId.of("Europe/Madrid")).plusDays(7).truncatedTo(ChronoUnit.HOURS);
        var screening = as(
                "ana",
                () -> screenings.schedule(
                        SLUG,
                        new ScreeningInput(
                                her.id(),
                                nextWeek,
                                ZoneId.of("Europe/Madrid"),
                                150,
                                "Ana's living room",
                                "https://meet.example.com/her",
                                1,
                                "Bring tea")));
        as("ana", () -> screenings.rsvp(SLUG, screening, Answer.GOING));
        as("ben", () -> screenings.rsvp(SLUG, screening, Answer.GOING));
        as("cleo", () -> screenings.rsvp(SLUG, screening, Answer.MAYBE));

        file = as("ana", () -> source.getBean(ClubTransferService.class).export(SLUG));
    }

    @AfterAll
    static void close() {
        source.close();
    }

    @Test
    void the_file_names_its_format_and_people_but_never_a_password() throws Exception {
        var tree = new ObjectMapper().readTree(file);
        assertThat(tree.get("format").asText()).isEqualTo("filmclub-club");
        assertThat(tree.get("version").asInt()).isEqualTo(1);
        assertThat(tree.get("people"))
                .extracting(p -> p.get("username").asText())
                .containsExactlyInAnyOrder("ana", "ben", "cleo");
        var text = new String(file, UTF_8);
        assertThat(text).doesNotContain("bcrypt").doesNotContain("password").doesNotContain("token");
    }

    @Test
    void only_a_host_can_download_the_club() {
        assertThatThrownBy(() -> as(
                        "ben", () -> source.getBean(ClubTransferService.class).export(SLUG)))
                .isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("Only a host");
    }

    @Test
    void export_then_import_into_an_empty_installation_gives_the_same_club() {
        try (var target = StandaloneApp.start(dataDir())) {
            importAndCompare(target);
        }
    }

    @Test
    void the_demo_club_moves_to_an_empty_installation_message_for_message_and_vote_for_vote() {
        var demoSlug = "midnight-film-society";
        try (var demo = StandaloneApp.startWithDemo(dataDir());
                var target = StandaloneApp.start(dataDir())) {
            var demoFile =
                    as("ana", () -> demo.getBean(ClubTransferService.class).export(demoSlug));
            target.getBean(MemberService.class)
                    .signUp(new SignUp("dora", "Dora D", PASSWORD, "UTC", "dora@example.org"));
            var moved =
                    as("dora", () -> target.getBean(ClubTransferService.class).importClub(demoFile));

            var before = seenBy(demo, "ana", demoSlug);
            assertThat(before)
                    .anyMatch(line -> line.contains("zen-type AI"))
                    .anyMatch(line -> line.startsWith("  essay"));
            assertThat(asPlaceholders(seenBy(target, "dora", demoSlug), moved.id()))
                    .isEqualTo(before);
        }
    }

    @Test
    void a_club_moves_from_the_embedded_database_to_postgresql() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start();
                var target = StandaloneApp.start(
                        "--spring.profiles.active=postgres",
                        "--SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                        "--SPRING_DATASOURCE_USERNAME=postgres",
                        "--SPRING_DATASOURCE_PASSWORD=")) {
            importAndCompare(target);
        }
    }

    @Test
    void a_broken_file_is_refused_and_leaves_nothing_behind() throws Exception {
        try (var target = StandaloneApp.start(dataDir())) {
            target.getBean(MemberService.class)
                    .signUp(new SignUp("dora", "Dora D", PASSWORD, "UTC", "dora@example.org"));
            var transfers = target.getBean(ClubTransferService.class);
            var cut = java.util.Arrays.copyOf(file, file.length / 2);
            assertThatThrownBy(() -> as("dora", () -> transfers.importClub(cut)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("not a club file");

            var mapper = new ObjectMapper();
            var newer = (ObjectNode) mapper.readTree(file);
            newer.put("version", 2);
            var newerBytes = mapper.writeValueAsBytes(newer);
            assertThatThrownBy(() -> as("dora", () -> transfers.importClub(newerBytes)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("version 2");

            // Broken late, after the people and the club and the films are in: all of it must go.
            var lateFault = (ObjectNode) mapper.readTree(file);
            ((ObjectNode) lateFault.get("screenings").get(0)).put("film", 999);
            var lateBytes = mapper.writeValueAsBytes(lateFault);
            assertThatThrownBy(() -> as("dora", () -> transfers.importClub(lateBytes)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("film not in the file");

            assertThat(as("dora", () -> target.getBean(ClubService.class).myClubs()))
                    .isEmpty();
            assertThat(target.getBean(MemberService.class).credentials("ana")).isEmpty();
        }
    }

    private static void importAndCompare(ConfigurableApplicationContext target) {
        var targetMembers = target.getBean(MemberService.class);
        targetMembers.signUp(new SignUp("dora", "Dora D", PASSWORD, "UTC", "dora@example.org"));
        targetMembers.signUp(new SignUp("ben", "Ben Brown", "ben's other password", "UTC", "ben@example.org"));
        var moved = as("dora", () -> target.getBean(ClubTransferService.class).importClub(file));
        assertThat(moved.slug()).isEqualTo(SLUG);
        assertThat(moved.myRole()).isEqualTo(Role.HOST);

        var home = as("dora", () -> target.getBean(ClubService.class).home(SLUG));
        assertThat(home.description()).isEqualTo("We watch on Tuesdays");
        // Everyone in the file comes as a placeholder of this club; the one who brings it in is its only host.
        var scope = "~" + moved.id();
        assertThat(home.members())
                .extracting(m -> m.username() + ":" + m.displayName() + ":" + m.role())
                .containsExactlyInAnyOrder(
                        "ana" + scope + ":Ana Host:MEMBER",
                        "dora:Dora D:HOST",
                        "ben" + scope + ":Ben Brown:MEMBER",
                        "cleo" + scope + ":Cleo C:MEMBER");
        // Ben's account here is not the Ben of the file: it is not enrolled, and no placeholder opens to anyone.
        assertThat(as("ben", () -> target.getBean(ClubService.class).myClubs())).isEmpty();
        assertThat(targetMembers.credentials("ana")).isEmpty();
        assertThat(targetMembers.credentials("ana" + scope)).isEmpty();

        assertThat(asPlaceholders(seenBy(target, "dora", SLUG), moved.id())).isEqualTo(seenBy(source, "ana", SLUG));
    }

    /** What a member saw, with the placeholders' names as they were where the club came from. */
    private static List<String> asPlaceholders(List<String> seen, long clubId) {
        return seen.stream().map(line -> line.replace("~" + clubId, "")).toList();
    }

    /** Everything a member can read of the club, without ids, which differ between installations. */
    private static List<String> seenBy(ConfigurableApplicationContext app, String username, String slug) {
        return as(username, () -> {
            var seen = new ArrayList<String>();
            var films = app.getBean(FilmService.class).films(slug, "", 50).films();
            for (var film : films.stream()
                    .sorted(java.util.Comparator.comparing(FilmSummary::title))
                    .toList()) {
                seen.add("film " + film.title() + " " + film.year() + " " + film.addedAt());
                var page = app.getBean(FilmService.class).page(slug, film.id());
                seen.add("  details " + page.film() + " added by " + page.addedBy());
                for (var essay : page.essays()) {
                    seen.add("  essay by " + essay.author() + " r" + essay.revision() + " " + essay.publishedAt() + " "
                            + essay.html());
                    app.getBean(EssayService.class)
                            .revisions(slug, essay.essayId())
                            .forEach(r -> seen.add("    revision " + r));
                    for (int n = 1; n <= essay.revision(); n++) {
                        seen.add("    text " + app.getBean(EssayService.class).revisionHtml(slug, essay.essayId(), n));
                    }
                }
                var messages = app.getBean(DiscussionService.class)
                        .open(slug, film.id())
                        .messages();
                var ids = messages.stream().map(m -> m.id()).toList();
                for (var m : messages) {
                    seen.add("  message " + m.authorUsername() + " " + m.authorName() + " reply to #"
                            + ids.indexOf(m.replyTo()) + " " + m.status() + " " + m.createdAt() + " "
                            + m.editedAt() + " " + m.html());
                }
                var board = app.getBean(QuestionService.class).board(slug, film.id());
                board.questions().stream()
                        .sorted(java.util.Comparator.comparing(q -> q.askedAt()))
                        .forEach(q -> seen.add("  question " + q.text() + " by " + q.author() + " anonymous "
                                + q.anonymous() + " quote " + q.quote() + " " + q.status() + " pinned " + q.pinned()
                                + " votes " + q.votes() + " " + q.askedAt()));
            }
            var schedule = app.getBean(ScheduleService.class).forClub(slug);
            for (var s : schedule.upcoming()) {
                seen.add("screening " + s.filmTitle() + " " + s.when().startsAt() + " "
                        + s.when().endsAt() + " "
                        + s.when().zone() + " " + s.place().venue() + " "
                        + s.place().onlineLink() + " "
                        + s.seatLimit() + " " + s.note() + " " + s.status() + " seq "
                        + s.revision().sequence() + " going " + s.going() + " maybe " + s.maybe() + " not "
                        + s.notGoing() + " waitlist " + s.waitlist());
            }
            return seen;
        });
    }

    private static String dataDir() {
        return "--filmclub.data-dir="
                + Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
    }
}
