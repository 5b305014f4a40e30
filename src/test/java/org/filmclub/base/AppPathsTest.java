package org.filmclub.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppPathsTest {

    @Test
    void club_pages_have_the_addresses_members_bookmark_and_notifications_link_to() {
        assertThat(AppPaths.clubs()).isEqualTo("clubs");
        assertThat(AppPaths.club("reel-friends")).isEqualTo("clubs/reel-friends");
        assertThat(AppPaths.film("reel-friends", 42)).isEqualTo("clubs/reel-friends/films/42");
        assertThat(AppPaths.message("reel-friends", 42, 7)).isEqualTo("clubs/reel-friends/films/42?message=7");
        assertThat(AppPaths.screening("reel-friends", 9)).isEqualTo("clubs/reel-friends/screenings/9");
        assertThat(AppPaths.join("abc")).isEqualTo("join/abc");
    }

    @Test
    void calendars_have_the_addresses_calendar_apps_poll() {
        assertThat(AppPaths.screeningCalendar(9)).isEqualTo("calendar/screening/9.ics");
        assertThat(AppPaths.clubCalendar("reel-friends", "t0k")).isEqualTo("calendar/club/reel-friends/t0k.ics");
    }

    @Test
    void a_page_belongs_to_a_club_by_its_whole_address_segment() {
        assertThat(AppPaths.inClub("clubs/reel", "reel")).isTrue();
        assertThat(AppPaths.inClub("clubs/reel/films/1", "reel")).isTrue();
        assertThat(AppPaths.inClub("clubs/reel-friends", "reel")).isFalse();
        assertThat(AppPaths.inClub("clubs", "reel")).isFalse();
    }
}
