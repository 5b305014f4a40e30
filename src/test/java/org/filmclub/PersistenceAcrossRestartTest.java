package org.filmclub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.StandaloneApp.as;

import java.nio.file.Files;
import java.nio.file.Path;
import org.filmclub.club.ClubDetails;
import org.filmclub.club.ClubService;
import org.filmclub.member.MemberService;
import org.filmclub.member.SignUp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 file keeps what members wrote when the application stops and starts again. */
class PersistenceAcrossRestartTest {

    @Test
    void members_and_clubs_survive_a_restart_on_the_same_data_folder(@TempDir Path dataDir) {
        var dataArg = "--filmclub.data-dir=" + dataDir;
        try (var first = StandaloneApp.start(dataArg)) {
            first.getBean(MemberService.class)
                    .signUp(new SignUp("keeper", "Kee Per", "remember me please", "UTC", "keeper@example.org"));
            as("keeper", () -> first.getBean(ClubService.class)
                    .create(new ClubDetails("Durable Club", "Still here", "")));
        }
        assertThat(Files.exists(dataDir.resolve("filmclub.mv.db"))).isTrue();

        try (var second = StandaloneApp.start(dataArg)) {
            assertThat(second.getBean(MemberService.class).credentials("keeper"))
                    .isPresent();
            var home = as("keeper", () -> second.getBean(ClubService.class).home("durable-club"));
            assertThat(home.description()).isEqualTo("Still here");
            assertThat(home.members()).singleElement().satisfies(m -> assertThat(m.username())
                    .isEqualTo("keeper"));
        }
    }
}
