package org.filmclub.poll;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.filmclub.base.AppPaths;
import org.filmclub.base.ui.NotFoundView;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A host of one club can never see, answer, schedule or close another club's date poll, nor propose one for its
 * film, whether they name that club or their own: to them there is nothing there.
 */
class DatePollAuthorizationTest extends AbstractAppTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final LocalDateTime EVENING = LocalDateTime.of(2026, 12, 4, 20, 0);

    @Autowired
    DatePollService polls;

    @Autowired
    FilmService films;

    private MemberProfile outsider;
    private String theirClub;
    private long theirFilm;
    private long theirPoll;
    private long theirChoice;
    private String myClub;
    private long myFilm;

    @BeforeEach
    void twoClubsOneWithADatePoll() {
        clock.stopAt(Instant.parse("2026-12-01T12:00:00Z"));
        var theirHost = newMember("Uma Byrne");
        var theirMember = newMember("Wes Hale");
        theirClub = newClub(theirHost, theirMember);
        loginAs(theirHost);
        theirFilm = films.add(theirClub, new FilmDetails("La Jetée", 1962, "Chris Marker", 28, "", ""))
                .id();
        theirPoll = polls.propose(
                theirClub,
                new DatePollInput(
                        theirFilm,
                        List.of(EVENING, EVENING.plusDays(1)),
                        LISBON,
                        60,
                        "Uma's attic",
                        "",
                        null,
                        "Knock twice"));
        theirChoice = polls.view(theirClub, theirPoll).table().choices().get(0).id();
        loginAs(theirMember);
        polls.answer(theirClub, theirPoll, theirChoice, DateAnswer.YES);

        outsider = newMember("Vic Lane");
        myClub = newClub(outsider);
        loginAs(outsider);
        myFilm = films.add(myClub, new FilmDetails("Sans Soleil", 1983, "Chris Marker", 100, "", ""))
                .id();
    }

    @Test
    void another_clubs_date_poll_page_is_not_found_under_either_clubs_address() {
        for (var slug : new String[] {theirClub, myClub}) {
            UI.getCurrent().navigate(AppPaths.club(slug) + "/dates/" + theirPoll);
            NavigatorKt.expectView(NotFoundView.class);
            assertThat(Screen.text()).doesNotContain("La Jetée", "attic", "Knock twice", "Wes Hale");
        }
    }

    @Test
    void every_date_poll_method_looks_missing_to_a_member_of_another_club() {
        for (var slug : new String[] {theirClub, myClub}) {
            looksMissing(() -> polls.view(slug, theirPoll));
            looksMissing(() -> polls.answer(slug, theirPoll, theirChoice, DateAnswer.NO));
            looksMissing(() -> polls.schedule(slug, theirPoll, theirChoice));
            looksMissing(() -> polls.close(slug, theirPoll));
        }
        looksMissing(() -> polls.open(theirClub));
        looksMissing(() -> polls.propose(
                theirClub,
                new DatePollInput(theirFilm, List.of(EVENING, EVENING.plusDays(1)), LISBON, 60, "Here", "", null, "")));
        // Their film, named from my own club, is as missing as their club.
        looksMissing(() -> polls.propose(
                myClub,
                new DatePollInput(theirFilm, List.of(EVENING, EVENING.plusDays(1)), LISBON, 60, "Here", "", null, "")));
        assertThat(polls.open(myClub)).isEmpty();
        // A time of their poll cannot be answered through a poll of my own.
        var mine = polls.propose(
                myClub,
                new DatePollInput(myFilm, List.of(EVENING, EVENING.plusDays(1)), LISBON, 60, "Here", "", null, ""));
        looksMissing(() -> polls.answer(myClub, mine, theirChoice, DateAnswer.NO));
        looksMissing(() -> polls.schedule(myClub, mine, theirChoice));

        loginAs(outsider);
        var theirs = polls.open(myClub);
        assertThat(theirs).extracting(DatePollSummary::filmTitle).containsExactly("Sans Soleil");
    }
}
