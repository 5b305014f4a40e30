package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.filmclub.screening.ScreeningInput;
import org.filmclub.screening.ScreeningService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The club's journeys on two phones (390×844, touch): a newcomer joins from an invite link, then the
 * host adds a film and an essay, both talk live, both ask and vote, and both meet in the live room of
 * a screening. Every view they reach must fit the phone's width.
 */
class PhoneJourneyBrowserTest extends BrowserTest {

    @Autowired
    private ScreeningService screenings;

    private MemberBrowser hostPhone;
    private MemberBrowser memberPhone;

    @AfterEach
    void putThePhonesAway() {
        for (var phone : new MemberBrowser[] {hostPhone, memberPhone}) {
            if (phone != null) {
                phone.screenshot(phone == hostPhone ? "phone-journey-host" : "phone-journey-member");
                phone.close();
            }
        }
    }

    @Test
    void host_and_member_add_write_talk_ask_vote_and_meet_in_the_live_room_on_their_phones() {
        var hostProfile = newMember("Petra Host");
        var slug = newClub(hostProfile);
        var code = clubService.home(slug).invite().orElseThrow().code();
        logout();
        var host = new ClubJourney.Person(hostProfile.username(), hostProfile.displayName(), PASSWORD);
        var member = new ClubJourney.Person(unique("quinn"), "Quinn On A Phone", "my first film club");

        memberPhone = MemberBrowser.phone(port);
        memberPhone.open("/join/" + code);
        memberPhone.sees("You are invited to ");
        memberPhone.checkView("the invite page");
        memberPhone.click(memberPhone.driver.findElement(By.linkText("Create an account")));
        memberPhone.sees("Join Filmclub");
        memberPhone.checkView("the sign-up page");
        memberPhone.type("Username", member.username());
        memberPhone.type("Display name", member.name());
        memberPhone.type("Email address", member.username() + "@example.org");
        memberPhone.type("Password", member.password());
        memberPhone.wait.until(ExpectedConditions.attributeToBeNotEmpty(memberPhone.field("Time zone"), "value"));
        memberPhone.press("Create account");
        memberPhone.wait.until(ExpectedConditions.urlContains("/clubs/" + slug));
        memberPhone.sees("Members (2)");
        assertThat(memberPhone.text()).contains(host.name(), member.name(), "@" + member.username());
        memberPhone.checkView("the club home");
        memberPhone.screenshot("club-home-phone");

        hostPhone = MemberBrowser.phone(port);
        hostPhone.logIn(host.username(), host.password());
        hostPhone.sees("My clubs");
        hostPhone.checkView("the club list");
        var journey = new ClubJourney(hostPhone, host, memberPhone, member, slug);
        journey.hostAddsFilmAndPublishesAnEssay();
        memberPhone.screenshot("film-page-phone");
        journey.bothTalkLiveOnTheFilmPage();
        journey.bothAskAndVoteQuestions();

        loginAs(hostProfile);
        var filmId = Long.parseLong(journey.filmPath.replaceFirst(".*/films/(\\d+).*", "$1"));
        var screening = screenings.schedule(
                slug,
                new ScreeningInput(
                        filmId,
                        LocalDateTime.now(clock).plusDays(1),
                        ZoneId.of("Europe/Lisbon"),
                        162,
                        "The Roxy, upstairs",
                        "",
                        null,
                        ""));
        logout();
        var screeningPath = "/clubs/" + slug + "/screenings/" + screening;
        hostPhone.open(screeningPath);
        hostPhone.press("Start the screening");
        hostPhone.sees("In the room");
        memberPhone.open(screeningPath);
        memberPhone.sees("In the room");
        memberPhone.wait.until(
                ExpectedConditions.attributeToBe(By.cssSelector(".live-room .presence"), "aria-label", "2 here now"));
        memberPhone.checkView("the screening room");
        memberPhone.screenshot("live-room-phone");
    }
}
