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
                var app = StandaloneApp.start("--spring.profiles.active=postgres",
                        // The names a server's environment would use, read by application-postgres.properties.
                        "--SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                        "--SPRING_DATASOURCE_USERNAME=postgres", "--SPRING_DATASOURCE_PASSWORD=")) {
            var members = app.getBean(MemberService.class);
            members.signUp(new SignUp("PgHost", "Pat Gres", "a postgres password", "Europe/Berlin"));
            members.signUp(new SignUp("pgguest", "Gus Guest", "a postgres password", "UTC"));
            var clubs = app.getBean(ClubService.class);
            var club = as("pghost", () -> clubs.create(new ClubDetails("Cinéma Élan", "Films in French", "")));
            assertThat(club.slug()).isEqualTo("cinema-elan");
            var code = as("pghost", () -> clubs.home(club.slug()).invite().orElseThrow().code());
            as("pgguest", () -> clubs.join(code));

            var home = as("pghost", () -> clubs.home(club.slug()));
            assertThat(home.members()).extracting(m -> m.username() + ":" + m.role())
                    .containsExactly("pghost:" + Role.HOST, "pgguest:" + Role.MEMBER);
            try (var connection = postgres.getPostgresDatabase().getConnection();
                    var rs = connection.createStatement().executeQuery("select version()")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("PostgreSQL 17");
            }
        }
    }
}
