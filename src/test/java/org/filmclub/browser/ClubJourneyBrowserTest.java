package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.SignUp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A club's life in two real browsers: a newcomer starts a club and a friend joins from the invite link;
 * they add a film, write, talk, ask and vote; they meet at a screening in another time zone; and a member
 * who loses the network misses nothing. Each journey sets up the club it needs through the services and
 * opens browsers of its own, so a failing journey stops only itself.
 */
class ClubJourneyBrowserTest extends BrowserTest {

    private static final String HOST_ZONE = "Europe/Madrid";
    private static final String MEMBER_ZONE = "Asia/Tokyo";
    private static final String SCREENING_ZONE = "America/New_York";

    @Autowired
    private FilmService films;

    /**
     * A host and a member of a new club, each logged in at a laptop of their own; the member's reaches the
     * app through a cable that a journey can cut. With a film, the club has Stalker and both have its page open.
     */
    private ClubJourney aHostAndAMember(boolean withAFilm) {
        var hostPerson = new ClubJourney.Person(unique("nora"), "Nora Host", PASSWORD);
        var memberPerson = new ClubJourney.Person(unique("omar"), "Omar Member", PASSWORD);
        var hostProfile = memberService.signUp(new SignUp(
                hostPerson.username(), hostPerson.name(), PASSWORD, HOST_ZONE, hostPerson.username() + "@example.org"));
        var memberProfile = memberService.signUp(new SignUp(
                memberPerson.username(),
                memberPerson.name(),
                PASSWORD,
                MEMBER_ZONE,
                memberPerson.username() + "@example.org"));
        var slug = newClub(hostProfile, memberProfile);
        loginAs(hostProfile);
        var film = withAFilm
                ? films.add(
                        slug,
                        new FilmDetails(
                                "Stalker",
                                1979,
                                "Andrei Tarkovsky",
                                162,
                                "A guide leads two men through the Zone to a room that grants wishes.",
                                ""))
                : null;
        logout();

        var host = keep(MemberBrowser.laptop(port));
        host.inTimeZone(HOST_ZONE);
        host.logIn(hostPerson.username(), PASSWORD);
        var member = keep(MemberBrowser.laptopOnACable(port));
        member.inTimeZone(MEMBER_ZONE);
        member.logIn(memberPerson.username(), PASSWORD);
        var journey = new ClubJourney(host, hostPerson, member, memberPerson, slug);
        if (film != null) {
            journey.filmTitle = film.title();
            journey.filmPath = "/clubs/" + slug + "/films/" + film.id();
            for (var screen : List.of(host, member)) {
                screen.open(journey.filmPath);
                screen.wait.until(ExpectedConditions.elementToBeClickable(MemberBrowser.COMPOSER));
            }
        }
        return journey;
    }

    @Test
    void newcomer_starts_a_club_and_a_friend_joins_from_the_copied_invite_link() {
        var host = new ClubJourney.Person(unique("nora"), "Nora Host", "a club of our own");
        var hostBrowser = keep(MemberBrowser.laptop(port));
        hostBrowser.inTimeZone(HOST_ZONE);
        hostBrowser.open("/login");
        hostBrowser.sees("Create an account");
        hostBrowser.checkView("the login page");
        hostBrowser.driver.findElement(By.linkText("Create an account")).click();
        signUp(hostBrowser, host, HOST_ZONE);
        hostBrowser.wait.until(ExpectedConditions.urlMatches(".*/(clubs)?$"));
        hostBrowser.sees("You are not in a club yet");
        hostBrowser.checkView("the club list");

        var clubName = "Zone Watchers " + host.username();
        hostBrowser.type("Club name", clubName);
        hostBrowser.press("Create club");
        hostBrowser.wait.until(ExpectedConditions.urlContains("/clubs/zone-watchers-"));
        var slug = hostBrowser.driver.getCurrentUrl().replaceFirst(".*/clubs/", "");
        // The invite link is among the club's settings, which the host reaches from the club's home.
        hostBrowser.click(
                hostBrowser.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Club settings"))));
        hostBrowser.sees("Invite members");
        hostBrowser.checkView("the club settings");
        assertThat(hostBrowser.text()).contains(clubName, "Host", host.name());

        hostBrowser.driver.executeCdpCommand(
                "Browser.grantPermissions",
                Map.of(
                        "origin",
                        hostBrowser.url(""),
                        "permissions",
                        List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        hostBrowser.press("Copy link");
        hostBrowser.sees("Invite link copied");
        var copied = (String) hostBrowser.driver.executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('failed: ' + e))");
        assertThat(copied)
                .startsWith(hostBrowser.url("/join/"))
                .isEqualTo(hostBrowser.field("Invite link").getAttribute("value"));

        var friend = new ClubJourney.Person(unique("omar"), "Omar Member", "popcorn at midnight");
        var memberBrowser = keep(MemberBrowser.laptop(port));
        memberBrowser.inTimeZone(MEMBER_ZONE);
        memberBrowser.driver.get(copied);
        memberBrowser.sees("You are invited to " + clubName);
        memberBrowser.checkView("the invite page");
        memberBrowser.driver.findElement(By.linkText("Create an account")).click();
        memberBrowser.checkView("the sign-up page");
        signUp(memberBrowser, friend, MEMBER_ZONE);
        memberBrowser.wait.until(ExpectedConditions.urlContains("/clubs/" + slug));
        memberBrowser.sees("Members (2)");
        assertThat(memberBrowser.text()).contains(clubName, host.name(), friend.name(), "@" + friend.username());
        memberBrowser.checkView("the club home");
    }

    static void signUp(MemberBrowser screen, ClubJourney.Person person, String zone) {
        screen.sees("Join Filmclub");
        screen.type("Username", person.username());
        screen.type("Display name", person.name());
        screen.type("Email address", person.username() + "@example.org");
        screen.type("Password", person.password());
        screen.wait.until(ExpectedConditions.attributeToBe(screen.field("Time zone"), "value", zone));
        screen.press("Create account");
    }

    @Test
    void host_adds_a_film_and_publishes_an_essay_that_the_member_reads() {
        aHostAndAMember(false).hostAddsFilmAndPublishesAnEssay();
    }

    @Test
    void a_message_a_reply_a_spoiler_and_a_mention_go_back_and_forth_live() {
        aHostAndAMember(true).bothTalkLiveOnTheFilmPage();
    }

    @Test
    void both_ask_and_vote_and_both_boards_agree_on_what_is_discussed_now() {
        aHostAndAMember(true).bothAskAndVoteQuestions();
    }

    @Test
    void member_in_another_time_zone_answers_takes_the_calendar_file_and_joins_the_live_room() {
        var journey = aHostAndAMember(true);
        var host = journey.host;
        var member = journey.member;
        // The member picks the dark look from the member menu by keyboard: Enter opens it on its first entry,
        // the down arrow moves to the look, and Enter picks it. The browser keeps it for the next page.
        member.pressFrom(
                member.driver.findElement(By.cssSelector(".member-menu vaadin-menu-bar-button")),
                "the member menu",
                "this.closest('.member-menu') !== null",
                false,
                Keys.ENTER);
        member.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-menu-bar-item[normalize-space()='Light or dark']")));
        member.keys(Keys.ARROW_DOWN, Keys.ENTER);
        member.wait.until(d -> member.inTheDarkLook());
        member.open("/profile");
        member.sees("Your profile");
        assertThat(member.inTheDarkLook()).as("the dark look after a new page").isTrue();
        assertThat(member.field("Time zone").getAttribute("value")).isEqualTo(MEMBER_ZONE);
        member.checkView("the profile page");

        // Four days on, at eight in the evening in New York: the next morning in Tokyo.
        var day = LocalDate.now(ZoneId.of(SCREENING_ZONE)).plusDays(4);
        var start = ZonedDateTime.of(day, LocalTime.of(20, 0), ZoneId.of(SCREENING_ZONE));
        host.open("/clubs/" + journey.slug);
        host.press("Schedule a screening");
        var date = host.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-date-time-picker vaadin-date-picker input")));
        date.sendKeys(day.getMonthValue() + "/" + day.getDayOfMonth() + "/" + day.getYear(), Keys.TAB);
        host.driver
                .findElement(By.cssSelector("vaadin-date-time-picker vaadin-time-picker input"))
                .sendKeys("20:00", Keys.TAB);
        host.choose("Time zone", SCREENING_ZONE);
        host.type("Place", "The Roxy, upstairs");
        host.checkView("the schedule dialog");
        host.submitDialog("Schedule");
        host.sees("Screening scheduled.");

        member.open("/clubs/" + journey.slug);
        member.click(member.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".screening-line a"))));
        member.sees("Who is coming");
        var inTokyo = start.withZoneSameInstant(ZoneId.of(MEMBER_ZONE));
        assertThat(member.text())
                .contains(
                        DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK).format(inTokyo) + ", 10:00",
                        "Host's time: "
                                + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
                                        .format(start) + ", 20:00 (" + SCREENING_ZONE + ")",
                        "Where: The Roxy, upstairs");
        // From the link back to the film, Tab reaches the first answer, and Space gives it.
        member.pressFrom(
                member.driver.findElement(By.className("back-link")),
                "the answer Going",
                "this.closest('vaadin-radio-button')?.textContent.trim() === 'Going'",
                false,
                Keys.SPACE);
        member.sees("Thanks, you are going.");
        member.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".answer-group"), journey.memberPerson.name()));
        var screeningPath = member.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

        var icsLink = member.driver
                .findElement(By.linkText("Add to my calendar (.ics)"))
                .getAttribute("href");
        var ics = member.fetch(icsLink);
        assertThat(ics.get("status")).isEqualTo(200L);
        assertThat((String) ics.get("type")).startsWith("text/calendar");
        assertThat(((String) ics.get("body")).replace("\r\n ", ""))
                .contains(
                        "BEGIN:VCALENDAR",
                        "BEGIN:VEVENT",
                        "SUMMARY:Screening: " + journey.filmTitle,
                        "DTSTART;TZID=" + SCREENING_ZONE + ":" + DateTimeFormatter.BASIC_ISO_DATE.format(day)
                                + "T200000",
                        "LOCATION:The Roxy\\, upstairs");

        member.open("/clubs/" + journey.slug);
        member.sees("Members (2)");
        host.open(screeningPath);
        // The host starts it from the keyboard too: Tab from the link back to the film, then Enter.
        host.pressFrom(
                host.wait.until(ExpectedConditions.elementToBeClickable(By.className("back-link"))),
                "the Start the screening button",
                "this.textContent.trim() === 'Start the screening'",
                false,
                Keys.ENTER);
        host.sees("In the room");
        var liveNow = member.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".live-now-link")));
        assertThat(liveNow.getText()).isEqualTo("● Live now: " + journey.filmTitle);
        member.click(liveNow);
        member.sees("In the room");
        member.wait.until(ExpectedConditions.urlContains(screeningPath));
        member.wait.until(
                ExpectedConditions.attributeToBe(By.cssSelector(".live-room .presence"), "aria-label", "2 here now"));
        member.checkView("the screening room");
        var hello = "Lights down.";
        member.send(hello);
        host.seesMessage(hello);
        host.script("document.querySelector('.live-room').scrollIntoView()");
        host.screenshot("live-room");
    }

    @Test
    void member_who_loses_the_network_sees_every_message_once_and_in_order_when_it_returns() {
        var journey = aHostAndAMember(true);
        var host = journey.host;
        var member = journey.member;
        var tunnel = "in the tunnel";
        member.online(false);
        var posted = List.of("One, " + tunnel, "Two, " + tunnel, "Three, " + tunnel, "Four, " + tunnel);
        posted.forEach(host::send);
        // The cable is out and takes no new connection, so nothing posted since can have reached the member.
        assertThat(member.messagesWith(tunnel))
                .as("messages reaching a browser that is offline")
                .isEmpty();

        member.online(true);
        member.wait.until(d -> member.messagesWith(tunnel).size() >= posted.size());
        var back = "Back, and no longer " + tunnel;
        member.send(back);
        // The page applies what it is sent in order: whatever came for it before its own message has arrived now.
        var all = new ArrayList<>(posted);
        all.add(back);
        assertThat(member.messagesWith(tunnel))
                .as("each message once, in order")
                .containsExactlyElementsOf(all);
        host.seesMessage(back);
        assertThat(host.messagesWith(tunnel)).containsExactlyElementsOf(all);
    }
}
