package org.filmclub.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.base.ui.NotFoundView;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A host of one club can never see, answer, change or start another club's screening, whether they
 * name that club or their own in the address or the call: to them there is nothing there.
 */
class ScreeningAuthorizationTest extends AbstractAppTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final LocalDateTime EVENING = LocalDateTime.of(2026, 12, 4, 20, 0);

    @Autowired
    ScreeningService screenings;

    @Autowired
    ScheduleService schedules;

    @Autowired
    LiveScreenings live;

    @Autowired
    FilmService films;

    @Autowired
    CalendarFeedService feeds;

    private MemberProfile theirMember;
    private String theirClub;
    private long theirFilm;
    private long theirScreening;
    private String myClub;
    private long myFilm;
    private long myScreening;

    @BeforeEach
    void twoClubsEachWithAScreening() {
        clock.stopAt(Instant.parse("2026-12-01T12:00:00Z"));
        var theirHost = newMember("Uma Byrne");
        theirMember = newMember("Wes Hale");
        theirClub = newClub(theirHost, theirMember);
        loginAs(theirHost);
        theirFilm = films.add(theirClub, new FilmDetails("La Jetée", 1962, "Chris Marker", 28, "", ""))
                .id();
        theirScreening = screenings.schedule(
                theirClub, new ScreeningInput(theirFilm, EVENING, LISBON, 60, "Uma's attic", "", 4, "Knock twice"));
        loginAs(theirMember);
        screenings.rsvp(theirClub, theirScreening, Answer.GOING);

        var outsider = newMember("Vic Lane");
        myClub = newClub(outsider);
        loginAs(outsider);
        myFilm = films.add(myClub, new FilmDetails("Sans Soleil", 1983, "Chris Marker", 100, "", ""))
                .id();
        myScreening =
                screenings.schedule(myClub, new ScreeningInput(myFilm, EVENING, LISBON, 120, "My flat", "", null, ""));
    }

    @Test
    void the_live_room_of_another_club_is_not_found_under_either_clubs_address() {
        for (var slug : new String[] {theirClub, myClub}) {
            UI.getCurrent().navigate("clubs/" + slug + "/screenings/" + theirScreening);
            NavigatorKt.expectView(NotFoundView.class);
            assertThat(Screen.text()).doesNotContain("La Jetée", "attic", "Knock twice", "Wes Hale");
        }
    }

    @Test
    void no_call_reads_or_changes_another_clubs_screening() {
        var defaced = new ScreeningInput(theirFilm, EVENING.plusDays(1), LISBON, 60, "Elsewhere", "", 1, "Moved");
        for (var slug : new String[] {theirClub, myClub}) {
            looksMissing(() -> schedules.view(slug, theirScreening));
            looksMissing(() -> screenings.rsvp(slug, theirScreening, Answer.GOING));
            looksMissing(() -> screenings.removeRsvp(slug, theirScreening, theirMember.id()));
            looksMissing(() -> screenings.edit(slug, theirScreening, defaced, true));
            looksMissing(() -> screenings.cancel(slug, theirScreening));
            looksMissing(() -> screenings.start(slug, theirScreening));
            looksMissing(() -> screenings.end(slug, theirScreening));
            looksMissing(() -> screenings.enterRoom(slug, theirScreening));
            looksMissing(() -> schedules.forFilm(slug, theirFilm));
        }
        looksMissing(() -> screenings.schedule(theirClub, defaced));
        looksMissing(() -> schedules.forClub(theirClub));
        looksMissing(() -> feeds.feedToken(theirClub));
        // Their film cannot be scheduled in my club either.
        looksMissing(() -> screenings.schedule(myClub, defaced));

        // My own club shows only my screening, and theirs is as it was.
        assertThat(schedules.forClub(myClub).upcoming())
                .extracting(ScreeningCard::id)
                .containsExactly(myScreening);
        loginAs(theirMember);
        var theirs = schedules.view(theirClub, theirScreening);
        assertThat(theirs.status()).isEqualTo(ScreeningStatus.SCHEDULED);
        assertThat(theirs.place().venue()).isEqualTo("Uma's attic");
        assertThat(theirs.myAnswer()).contains(Answer.GOING);
        assertThat(live.liveNow()).isEmpty();
    }
}
