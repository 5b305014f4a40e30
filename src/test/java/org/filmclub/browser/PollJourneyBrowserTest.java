package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.filmclub.member.MemberProfile;
import org.filmclub.poll.NominationInput;
import org.filmclub.poll.NominationService;
import org.filmclub.poll.PollService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From "what next?" to a screening in real browsers: a member nominates a film, the host opens a poll,
 * the member ranks the films from the keyboard alone, the host closes the poll, the rounds of the count
 * show on both screens, and the host schedules the winner. The poll page is checked with axe-core in
 * both looks on a laptop and on a 390×844 phone, open and closed.
 */
class PollJourneyBrowserTest extends BrowserTest {

    private static final String ZONE = "Europe/Madrid";
    private static final String SOLARIS = "Solaris (1972)";
    private static final String MIRROR = "Mirror (1975)";
    private static final String STALKER = "Stalker (1979)";

    @Autowired
    private NominationService nominations;

    @Autowired
    private PollService polls;

    @Test
    void member_nominates_host_opens_a_poll_member_ranks_by_keyboard_host_closes_it_and_schedules_the_winner() {
        var hostProfile = newMember("Nora Host", ZONE);
        var memberProfile = newMember("Omar Member", ZONE);
        var pia = newMember("Pia Voter", ZONE);
        var ravi = newMember("Ravi Voter", ZONE);
        var slug = newClub(hostProfile, memberProfile, pia, ravi);
        loginAs(hostProfile);
        nominations.nominate(slug, new NominationInput("Solaris", 1972, "Andrei Tarkovsky", 167, ""), false);
        loginAs(pia);
        nominations.nominate(slug, new NominationInput("Mirror", 1975, "Andrei Tarkovsky", 107, ""), false);
        logout();

        var member = keep(MemberBrowser.laptop(port));
        member.inTimeZone(ZONE);
        member.logIn(memberProfile.username(), PASSWORD);
        member.open("/clubs/" + slug);
        member.press("Nominate a film");
        member.focusIsIn("Title");
        member.type("Title", "Stalker");
        member.type("Year", "1979");
        member.type("Director", "Andrei Tarkovsky");
        member.type("Runtime (minutes)", "162");
        member.type("Why watch it?", "The *Zone* and the room that grants wishes.");
        member.checkView("the nominate dialog");
        member.submitDialog("Nominate");
        member.sees("Stalker is nominated.");
        member.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.className("nomination-list"), "Stalker"));

        var host = keep(MemberBrowser.laptop(port));
        host.inTimeZone(ZONE);
        host.logIn(hostProfile.username(), PASSWORD);
        host.open("/clubs/" + slug);
        host.press("Open a poll");
        host.focusIsIn("Question");
        host.type("Question", "What do we watch in January?");
        for (var film : List.of(SOLARIS, MIRROR, STALKER)) {
            host.click(host.wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-checkbox[normalize-space()='" + film + "']"))));
        }
        var day = LocalDate.now(clock.withZone(ZoneId.of(ZONE))).plusDays(2);
        typeDateAndTime(host, day, "20:00");
        host.checkView("the open-a-poll dialog");
        host.submitDialog("Open the poll");
        host.wait.until(ExpectedConditions.urlMatches(".*/polls/\\d+$"));
        reads(host, "What do we watch in January?");
        var pollPath = host.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        var pollId = Long.parseLong(pollPath.replaceFirst(".*/polls/", ""));

        // Three others vote through the service: the host for Stalker alone, Pia for Solaris, Ravi Solaris then Mirror.
        var choices = choiceIds(hostProfile, slug, pollId);
        vote(hostProfile, slug, pollId, List.of(choices.get(2)));
        vote(pia, slug, pollId, List.of(choices.get(0)));
        vote(ravi, slug, pollId, List.of(choices.get(0), choices.get(1)));
        logout();

        member.open("/clubs/" + slug);
        member.click(member.wait.until(
                ExpectedConditions.elementToBeClickable(By.linkText("What do we watch in January?"))));
        member.wait.until(ExpectedConditions.urlContains(pollPath));
        reads(member, "Your ballot");
        // From the link back to the club, Tab reaches each Rank button and Enter ranks the film; then Mirror moves up.
        for (var film : List.of(SOLARIS, MIRROR, STALKER)) {
            var before = ranking(member).size();
            member.pressFrom(
                    backLink(member),
                    "Rank " + film,
                    "this.getAttribute('aria-label') === 'Rank " + film + "'",
                    false,
                    Keys.ENTER);
            member.wait.until(d -> ranking(member).size() == before + 1);
        }
        assertThat(ranking(member)).containsExactly(SOLARIS, MIRROR, STALKER);
        member.pressFrom(
                backLink(member),
                "Move " + MIRROR + " up",
                "this.getAttribute('aria-label') === 'Move " + MIRROR + " up'",
                false,
                Keys.ENTER);
        member.wait.until(d -> ranking(member).equals(List.of(MIRROR, SOLARIS, STALKER)));
        member.pressFrom(
                backLink(member), "Save ballot", "this.textContent.trim() === 'Save ballot'", false, Keys.ENTER);
        member.sees("Ballot saved.");
        reads(member, "4 ballots so far.");
        member.checkView("the open poll with standings");

        var phone = keep(MemberBrowser.phone(port));
        phone.logIn(memberProfile.username(), PASSWORD);
        phone.open(pollPath);
        reads(phone, "Your ballot");
        phone.checkReadable("the open poll");

        host.open(pollPath);
        host.press("Close the poll now");
        host.press("Close the poll");
        host.sees("The poll is closed.");
        reads(host, "Solaris (1972) won.");
        reads(member, "Solaris (1972) won.");
        // Round 1: Solaris 2, Mirror 1, Stalker 1, no majority of 4; Mirror and Stalker tie in every round, so
        // Stalker, nominated last, is dropped and the host's ballot is exhausted. Round 2: Solaris 2 of 3.
        for (var screen : List.of(host, member)) {
            assertThat(table(screen))
                    .containsExactly(
                            List.of("Choice", "Round 1", "Round 2"),
                            List.of(SOLARIS, "2", "2 wins"),
                            List.of(MIRROR, "1", "1"),
                            List.of(STALKER, "1 dropped (tie rule)", "– out"),
                            List.of("Ballots still counting", "4", "3"),
                            List.of("Exhausted (no choice left)", "0", "1"));
        }
        assertThat(member.text()).contains("When several choices tie for the fewest votes");
        member.checkView("the closed poll with its rounds");
        member.screenshot("poll-rounds");
        phone.open(pollPath);
        reads(phone, "Solaris (1972) won.");
        phone.checkReadable("the closed poll");
        phone.screenshot("poll-rounds-phone");

        host.checkView("the closed poll for the host");
        host.press("Schedule it");
        typeDateAndTime(host, day.plusDays(5), "20:00");
        host.type("Place", "The Roxy, upstairs");
        host.checkView("the schedule dialog from a poll");
        host.submitDialog("Schedule");
        host.sees("Screening scheduled.");
        host.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".screening-line"), "Solaris"));
    }

    /** Waits until the page holds this text, whether or not it is scrolled into view now. */
    private static void reads(MemberBrowser screen, String text) {
        screen.wait.until(
                d -> (Boolean) screen.script("return document.body.textContent.includes(arguments[0]);", text));
    }

    private static WebElement backLink(MemberBrowser screen) {
        return screen.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//main[contains(@class,'poll-page')]//a[normalize-space(.)='← Back to the club']")));
    }

    /** Types a date and a time as a member does, Enter taking each and closing its picker. */
    private static void typeDateAndTime(MemberBrowser screen, LocalDate day, String time) {
        var pickers = "vaadin-date-time-picker vaadin-date-picker, vaadin-date-time-picker vaadin-time-picker";
        var date = screen.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-date-time-picker vaadin-date-picker input")));
        date.sendKeys(
                Keys.chord(Keys.CONTROL, "a"),
                day.getMonthValue() + "/" + day.getDayOfMonth() + "/" + day.getYear(),
                Keys.ENTER);
        screen.wait.until(d -> (Boolean)
                screen.script("return [...document.querySelectorAll(arguments[0])].every(p => !p.opened);", pickers));
        var clock = screen.driver.findElement(By.cssSelector("vaadin-date-time-picker vaadin-time-picker input"));
        clock.sendKeys(Keys.chord(Keys.CONTROL, "a"), time, Keys.ENTER);
        screen.wait.until(d -> (Boolean)
                screen.script("return [...document.querySelectorAll(arguments[0])].every(p => !p.opened);", pickers));
    }

    /** The films of the member's ranking in the ballot editor, as drawn now. */
    @SuppressWarnings("unchecked")
    private static List<String> ranking(MemberBrowser screen) {
        return (List<String>) screen.script("return [...document.querySelectorAll('.ballot-ranked li.ballot-row')]"
                + ".map(li => li.querySelector('span').textContent.trim());");
    }

    /** The rounds table as a screen reader reads it, row by row, hidden words included. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> table(MemberBrowser screen) {
        screen.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".runoff-table table")));
        return (List<List<String>>)
                screen.script("return [...document.querySelectorAll('.runoff-table tr')].map(tr => [...tr.children]"
                        + ".map(c => c.textContent.replace(/\\s+/g, ' ').trim()));");
    }

    private List<Long> choiceIds(MemberProfile host, String slug, long pollId) {
        loginAs(host);
        var page = polls.poll(slug, pollId);
        return List.of(SOLARIS, MIRROR, STALKER).stream()
                .map(label -> page.choices().stream()
                        .filter(c -> c.label().equals(label))
                        .findFirst()
                        .orElseThrow()
                        .id())
                .toList();
    }

    private void vote(MemberProfile voter, String slug, long pollId, List<Long> ranking) {
        loginAs(voter);
        polls.vote(slug, pollId, ranking);
    }
}
