package org.filmclub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.StandaloneApp.as;

import java.nio.file.Path;
import org.filmclub.StandaloneApp;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberService;
import org.filmclub.member.SignUp;
import org.filmclub.screening.ScheduleService;
import org.filmclub.screening.ScreeningStatus;
import org.filmclub.timeline.Timeline;
import org.filmclub.timeline.TimelineService;
import org.filmclub.watch.Moment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The demo accounts' passwords are in the README: they must never open a real installation. */
class DemoDataTest {

    @Test
    void the_jar_started_without_asking_for_the_demo_creates_no_account_with_a_known_password(@TempDir Path data) {
        try (var app = StandaloneApp.startAsJar("--filmclub.data-dir=" + data)) {
            assertNoDemoAccount(app);
        }
    }

    @Test
    void asking_for_the_demo_on_a_database_with_members_creates_no_account_with_a_known_password(@TempDir Path data) {
        try (var app = StandaloneApp.start("--filmclub.data-dir=" + data)) {
            app.getBean(MemberService.class)
                    .signUp(new SignUp("dora", "Dora Real", "a real member's password", "UTC", "dora@example.org"));
        }
        try (var app = StandaloneApp.startWithDemo("--filmclub.data-dir=" + data)) {
            assertNoDemoAccount(app);
            assertThat(app.getBean(MemberService.class).credentials("dora")).isPresent();
        }
    }

    @Test
    void prod_creates_no_account_with_a_known_password_even_when_the_demo_is_asked_for(@TempDir Path data) {
        try (var app = StandaloneApp.start(
                "--filmclub.data-dir=" + data, "--filmclub.demo=true", "--spring.profiles.active=demo")) {
            assertNoDemoAccount(app);
        }
    }

    @Test
    void asking_for_the_demo_on_an_empty_database_creates_the_demo_club(@TempDir Path data) {
        try (var app = StandaloneApp.startAsJar("--filmclub.data-dir=" + data, "--filmclub.demo=true")) {
            DemoData.ACCOUNTS.forEach(
                    a -> assertThat(app.getBean(MemberService.class).credentials(a.username()))
                            .isPresent());
            assertTheClubTalkedAlongHer(app);
        }
    }

    /**
     * Cleo, who has not said how far she watched, reads on Her's timeline what the club said along the film the
     * evening they watched it together, which is among the film's past screenings.
     */
    private static void assertTheClubTalkedAlongHer(ConfigurableApplicationContext app) {
        as("cleo", () -> {
            var her = app.getBean(FilmService.class)
                    .films(DemoData.CLUB_SLUG, "Her", 1)
                    .films()
                    .get(0)
                    .id();
            var timeline = app.getBean(TimelineService.class).timeline(DemoData.CLUB_SLUG, her);
            var talked = timeline.talked();
            assertThat(talked.stream().mapToInt(Timeline.Stretch::messages).sum())
                    .isEqualTo(AlongTheFilm.LINES.size());
            assertThat(talked.stream().mapToInt(Timeline.Stretch::questions).sum())
                    .isGreaterThanOrEqualTo(2);
            assertThat(talked.get(0).start()).isEqualTo(Moment.parse("0:05:00"));
            assertThat(talked.get(talked.size() - 1).start()).isEqualTo(Moment.parse("1:55:00"));
            assertThat(timeline.position()).isNull();
            assertThat(timeline.discussed()).containsExactly(Moment.parse("1:04:30"));
            var past = app.getBean(ScheduleService.class)
                    .forFilm(DemoData.CLUB_SLUG, her)
                    .past();
            assertThat(past).hasSize(1);
            assertThat(past.get(0).status()).isEqualTo(ScreeningStatus.ENDED);
            return null;
        });
    }

    private static void assertNoDemoAccount(ConfigurableApplicationContext app) {
        var members = app.getBean(MemberService.class);
        DemoData.ACCOUNTS.forEach(a ->
                assertThat(members.credentials(a.username())).as(a.username()).isEmpty());
    }
}
