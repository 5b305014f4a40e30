package org.filmclub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.StandaloneApp.as;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.filmclub.club.ClubDetails;
import org.filmclub.club.ClubService;
import org.filmclub.club.Role;
import org.filmclub.member.MemberService;
import org.filmclub.member.SignUp;
import org.junit.jupiter.api.Test;

/** The `postgres` profile on a real PostgreSQL server: the same migrations, the same behaviour. */
class PostgresProfileTest {

    @Test
    void migrations_run_and_members_and_clubs_are_stored_on_postgresql() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start();
                var app = StandaloneApp.start(
                        "--spring.profiles.active=postgres",
                        // The names a server's environment would use, read by application-postgres.properties.
                        "--SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                        "--SPRING_DATASOURCE_USERNAME=postgres",
                        "--SPRING_DATASOURCE_PASSWORD=")) {
            var members = app.getBean(MemberService.class);
            members.signUp(
                    new SignUp("PgHost", "Pat Gres", "a postgres password", "Europe/Berlin", "PgHost@example.org"));
            members.signUp(new SignUp("pgguest", "Gus Guest", "a postgres password", "UTC", "pgguest@example.org"));
            var clubs = app.getBean(ClubService.class);
            var club = as("pghost", () -> clubs.create(new ClubDetails("Cinéma Élan", "Films in French", "")));
            assertThat(club.slug()).isEqualTo("cinema-elan");
            var code = as(
                    "pghost",
                    () -> clubs.home(club.slug()).invite().orElseThrow().code());
            as("pgguest", () -> clubs.join(code));

            var home = as("pghost", () -> clubs.home(club.slug()));
            assertThat(home.members())
                    .extracting(m -> m.username() + ":" + m.role())
                    .containsExactly("pghost:" + Role.HOST, "pgguest:" + Role.MEMBER);
            everyFeatureWritesAndReads(app, club.slug());
            try (var connection = postgres.getPostgresDatabase().getConnection();
                    var rs = connection.createStatement().executeQuery("select version()")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("PostgreSQL 17");
            }
        }
    }

    /** One pass through every feature's writes and reads, so each one's SQL is known to run on PostgreSQL. */
    private static void everyFeatureWritesAndReads(
            org.springframework.context.ConfigurableApplicationContext app, String slug) {
        var films = app.getBean(org.filmclub.film.FilmService.class);
        var essays = app.getBean(org.filmclub.film.EssayService.class);
        var discussion = app.getBean(org.filmclub.discussion.DiscussionService.class);
        var questions = app.getBean(org.filmclub.question.QuestionService.class);
        var screenings = app.getBean(org.filmclub.screening.ScreeningService.class);
        var film = as(
                "pghost",
                () -> films.add(
                        slug, new org.filmclub.film.FilmDetails("Amélie", 2001, "Jean-Pierre Jeunet", 122, "", "")));
        as("pghost", () -> {
            var essay = essays.start(slug, film.id());
            essays.saveDraft(slug, essay, "Draft", 0);
            return essays.publish(slug, essay, "## Paris\n\nA *sweet* film[^1].\n\n[^1]: Mostly.", 0);
        });
        var message = as("pgguest", () -> discussion.post(slug, film.id(), "@pghost ||gnome|| trip!", null, "k1"));
        as("pghost", () -> discussion.post(slug, film.id(), "Ha", message.id(), "k2"));
        var question = as(
                "pgguest",
                () -> questions.propose(
                        slug,
                        film.id(),
                        new org.filmclub.question.QuestionService.Proposal("Is Amélie lonely?", false, ""),
                        true,
                        "q1"));
        as("pghost", () -> questions.vote(slug, question));
        as("pgguest", () -> questions.vote(slug, question));
        as("pgguest", () -> questions.vote(slug, question));
        var screening = as(
                "pghost",
                () -> screenings.schedule(
                        slug,
                        new org.filmclub.screening.ScreeningInput(
                                film.id(),
                                java.time.LocalDateTime.now().plusDays(2),
                                java.time.ZoneId.of("Europe/Paris"),
                                160,
                                "Montmartre",
                                "",
                                1,
                                "")));
        as("pghost", () -> screenings.rsvp(slug, screening, org.filmclub.screening.Answer.GOING));
        var waiting = as("pgguest", () -> screenings.rsvp(slug, screening, org.filmclub.screening.Answer.GOING));
        var feeds = app.getBean(org.filmclub.screening.CalendarFeedService.class);
        var token = as("pgguest", () -> feeds.feedToken(slug));

        assertThat(as("pghost", () -> films.page(slug, film.id()))
                        .essays()
                        .get(0)
                        .html())
                .contains("<h2>Paris</h2>");
        assertThat(as("pghost", () -> discussion.open(slug, film.id())).messages())
                .hasSize(2);
        assertThat(as("pghost", () -> questions.board(slug, film.id()))
                        .questions()
                        .get(0)
                        .votes())
                .isEqualTo(2);
        assertThat(waiting).isEqualTo(org.filmclub.screening.Answer.WAITLIST);
        assertThat(feeds.feed(slug, token)).hasSize(1);
    }
}
