package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A club's life in two real browsers, one journey after another: a newcomer starts a club and a friend
 * joins from the invite link; they add a film, write, talk, ask and vote; they meet at a screening in
 * another time zone; and a member who loses the network misses nothing. Each journey starts where
 * the one before left the club, so a journey runs only when those before it passed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClubJourneyBrowserTest extends BrowserTest {

    private static final String HOST_ZONE = "Europe/Madrid";
    private static final String MEMBER_ZONE = "Asia/Tokyo";
    private static final String SCREENING_ZONE = "America/New_York";

    private MemberBrowser hostBrowser;
    private MemberBrowser memberBrowser;
    private ClubJourney journey;
    private boolean onTrack = true;

    @AfterEach
    void keepTheScreens(TestInfo test) {
        var name = test.getTestMethod().orElseThrow().getName();
        if (hostBrowser != null) {
            hostBrowser.screenshot("journey-" + name + "-host");
        }
        if (memberBrowser != null) {
            memberBrowser.screenshot("journey-" + name + "-member");
        }
    }

    @AfterAll
    void closeTheBrowsers() {
        for (var screen : new MemberBrowser[] {hostBrowser, memberBrowser}) {
            if (screen != null) {
                screen.close();
            }
        }
    }

    /** Runs one journey, and lets the later ones run only if it passed. */
    private void journey(Runnable steps) {
        assumeTrue(onTrack, "an earlier journey failed");
        onTrack = false;
        steps.run();
        onTrack = true;
    }

    @Test
    @Order(1)
    void newcomer_starts_a_club_and_a_friend_joins_from_the_copied_invite_link() {
        journey(() -> {
            var host = new ClubJourney.Person(unique("nora"), "Nora Host", "a club of our own");
            hostBrowser = MemberBrowser.laptop(port);
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
            hostBrowser.sees("Invite members");
            assertThat(hostBrowser.text()).contains(clubName, "Host", host.name());

            hostBrowser.driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", hostBrowser.url(""),
                    "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
            hostBrowser.press("Copy link");
            hostBrowser.sees("Invite link copied");
            var copied = (String) hostBrowser.driver.executeAsyncScript(
                    "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('failed: ' + e))");
            assertThat(copied).startsWith(hostBrowser.url("/join/")).isEqualTo(hostBrowser.field("Invite link").getAttribute("value"));

            var friend = new ClubJourney.Person(unique("omar"), "Omar Member", "popcorn at midnight");
            // The member's browser reaches the app through a network of its own, which journey 6 cuts.
            memberBrowser = MemberBrowser.laptopOnACable(port);
            memberBrowser.inTimeZone(MEMBER_ZONE);
            memberBrowser.driver.get(copied.replace(hostBrowser.url(""), memberBrowser.url("")));
            memberBrowser.sees("You are invited to " + clubName);
            memberBrowser.checkView("the invite page");
            memberBrowser.driver.findElement(By.linkText("Create an account")).click();
            memberBrowser.checkView("the sign-up page");
            signUp(memberBrowser, friend, MEMBER_ZONE);
            memberBrowser.wait.until(ExpectedConditions.urlContains("/clubs/" + slug));
            memberBrowser.sees("Members (2)");
            assertThat(memberBrowser.text()).contains(clubName, host.name(), friend.name(), "@" + friend.username());
            memberBrowser.checkView("the club home");
            journey = new ClubJourney(hostBrowser, host, memberBrowser, friend, slug);
        });
    }

    static void signUp(MemberBrowser screen, ClubJourney.Person person, String zone) {
        screen.sees("Join Filmclub");
        screen.type("Username", person.username());
        screen.type("Display name", person.name());
        screen.type("Password", person.password());
        screen.wait.until(ExpectedConditions.attributeToBe(screen.field("Time zone"), "value", zone));
        screen.press("Create account");
    }

    @Test
    @Order(2)
    void host_adds_a_film_and_publishes_an_essay_that_the_member_reads() {
        journey(() -> journey.hostAddsFilmAndPublishesAnEssay());
    }

    @Test
    @Order(3)
    void a_message_a_reply_a_spoiler_and_a_mention_go_back_and_forth_live() {
        journey(() -> journey.bothTalkLiveOnTheFilmPage());
    }

    @Test
    @Order(4)
    void both_ask_and_vote_and_both_boards_agree_on_what_is_discussed_now() {
        journey(() -> journey.bothAskAndVoteQuestions());
    }

    @Test
    @Order(5)
    void member_in_another_time_zone_answers_takes_the_calendar_file_and_joins_the_live_room() {
        journey(() -> {
            var host = journey.host;
            var member = journey.member;
            // The member picks the dark look from the member menu by keyboard: Enter opens it on its first entry,
            // the down arrow moves to the look, and Enter picks it. The browser keeps it for the next page.
            member.pressFrom(member.driver.findElement(By.cssSelector(".member-menu vaadin-menu-bar-button")),
                    "the member menu", "this.closest('.member-menu') !== null", false, Keys.ENTER);
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
            host.driver.findElement(By.cssSelector("vaadin-date-time-picker vaadin-time-picker input"))
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
            assertThat(member.text()).contains(
                    DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK).format(inTokyo) + ", 10:00",
                    "Host's time: " + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(start) + ", 20:00 ("
                            + SCREENING_ZONE + ")",
                    "Where: The Roxy, upstairs");
            // From the link back to the film, Tab reaches the first answer, and Space gives it.
            member.pressFrom(member.driver.findElement(By.className("back-link")), "the answer Going",
                    "this.closest('vaadin-radio-button')?.textContent.trim() === 'Going'", false, Keys.SPACE);
            member.sees("Thanks, you are going.");
            member.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".answer-group"),
                    journey.memberPerson.name()));
            var screeningPath = member.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

            var icsLink = member.driver.findElement(By.linkText("Add to my calendar (.ics)")).getAttribute("href");
            var ics = member.fetch(icsLink);
            assertThat(ics.get("status")).isEqualTo(200L);
            assertThat((String) ics.get("type")).startsWith("text/calendar");
            assertThat(((String) ics.get("body")).replace("\r\n ", "")).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT",
                    "SUMMARY:Screening: " + journey.filmTitle,
                    "DTSTART;TZID=" + SCREENING_ZONE + ":" + DateTimeFormatter.BASIC_ISO_DATE.format(day) + "T200000",
                    "LOCATION:The Roxy\\, upstairs");

            member.open("/clubs/" + journey.slug);
            member.sees("Members (2)");
            host.open(screeningPath);
            // The host starts it from the keyboard too: Tab from the link back to the film, then Enter.
            host.pressFrom(host.wait.until(ExpectedConditions.elementToBeClickable(By.className("back-link"))),
                    "the Start the screening button", "this.textContent.trim() === 'Start the screening'", false, Keys.ENTER);
            host.sees("In the room");
            var liveNow = member.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".live-now-link")));
            assertThat(liveNow.getText()).isEqualTo("● Live now: " + journey.filmTitle);
            member.click(liveNow);
            member.sees("In the room");
            member.wait.until(ExpectedConditions.urlContains(screeningPath));
            member.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".live-room .presence"), "aria-label",
                    "2 here now"));
            member.checkView("the screening room");
            var hello = "Lights down.";
            member.send(hello);
            host.seesMessage(hello);
            host.script("document.querySelector('.live-room').scrollIntoView()");
            host.screenshot("live-room");
        });
    }

    @Test
    @Order(6)
    void member_who_loses_the_network_sees_every_message_once_and_in_order_when_it_returns() {
        journey(() -> {
            var host = journey.host;
            var member = journey.member;
            var tunnel = "in the tunnel";
            member.online(false);
            sleep(1_000);
            var posted = List.of("One, " + tunnel, "Two, " + tunnel, "Three, " + tunnel, "Four, " + tunnel);
            posted.forEach(host::send);
            sleep(2_000);
            // A frame already on its way may still land; what is posted after it cannot reach an offline browser.
            assertThat(member.messagesWith(tunnel)).as("messages reaching a browser that is offline")
                    .hasSizeLessThan(2).doesNotContain(posted.get(posted.size() - 1));

            member.online(true);
            member.wait.until(d -> member.messagesWith(tunnel).size() >= posted.size());
            sleep(1_000);
            assertThat(member.messagesWith(tunnel)).containsExactlyElementsOf(posted);
            var back = "Back, and no longer " + tunnel;
            member.send(back);
            host.seesMessage(back);
            assertThat(host.messagesWith(tunnel)).containsExactly(posted.get(0), posted.get(1), posted.get(2),
                    posted.get(3), back);
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
