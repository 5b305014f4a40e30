package org.filmclub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmclub.club.ClubDetails;
import org.filmclub.club.ClubService;
import org.filmclub.member.MemberService;
import org.filmclub.member.SignUp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The H2 file keeps what members wrote when the application stops and starts again. */
class PersistenceAcrossRestartTest {

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(FilmclubApplication.class)
                .profiles("prod")
                .run("--filmclub.data-dir=" + dataDir, "--server.port=0");
    }

    @Test
    void members_and_clubs_survive_a_restart_on_the_same_data_folder(@TempDir Path dataDir) {
        try (var first = start(dataDir)) {
            first.getBean(MemberService.class).signUp(new SignUp("keeper", "Kee Per", "remember me please", "UTC"));
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("keeper", null, List.of()));
            first.getBean(ClubService.class).create(new ClubDetails("Durable Club", "Still here", ""));
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(Files.exists(dataDir.resolve("filmclub.mv.db"))).isTrue();

        try (var second = start(dataDir)) {
            assertThat(second.getBean(MemberService.class).credentials("keeper")).isPresent();
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated("keeper", null, List.of()));
            var home = second.getBean(ClubService.class).home("durable-club");
            assertThat(home.description()).isEqualTo("Still here");
            assertThat(home.members()).singleElement().satisfies(m -> assertThat(m.username()).isEqualTo("keeper"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
