package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import org.filmclub.base.AppPaths;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.poll.DateAnswer;
import org.filmclub.poll.DatePollInput;
import org.filmclub.poll.DatePollService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A date poll with eight times in Chromium: readable by axe in both looks and by keyboard on a laptop; on a
 * phone the answers table scrolls inside its own box and the page, and the proposal dialog, never sideways.
 */
class DatePollBrowserTest extends BrowserTest {

    @Test
    void eight_times_read_well_on_a_laptop_and_on_a_phone() throws Exception {
        var host = newMember("Ana Ruiz");
        var ben = newMember("Ben Okafor", "Asia/Tokyo");
        var slug = newClub(host, ben);
        loginAs(host);
        var filmId = context.getBean(FilmService.class)
                .add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
        var polls = context.getBean(DatePollService.class);
        var first = LocalDateTime.now(clock)
                .plusDays(3)
                .withHour(20)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        var times = new ArrayList<LocalDateTime>();
        for (var i = 0; i < 8; i++) {
            times.add(first.plusDays(i));
        }
        var id = polls.propose(
                slug,
                new DatePollInput(
                        filmId, times, ZoneId.of("Europe/Lisbon"), 171, "Ana's living room", "", 6, "Which evening?"));
        var choices = polls.view(slug, id).table().choices();
        for (var i = 0; i < choices.size(); i++) {
            polls.answer(slug, id, choices.get(i).id(), DateAnswer.values()[i % 3]);
        }
        var page = "/" + AppPaths.club(slug) + "/dates/" + id;

        openBrowser(1280, 800);
        logIn(host.username(), PASSWORD);
        member.open(page);
        member.sees("Best time");
        member.checkView("the date poll");

        var phone = keep(MemberBrowser.phone(port));
        phone.logIn(ben.username(), PASSWORD);
        phone.open(page);
        phone.sees("Everyone's answers");
        phone.checkView("the date poll on a phone");
        phone.noSidewaysScroll("the date poll on a phone");
        var box = phone.driver.findElement(By.className("date-table-scroll"));
        assertThat(Long.parseLong(box.getDomProperty("scrollWidth")))
                .as("the table scrolls inside its box")
                .isGreaterThan(Long.parseLong(box.getDomProperty("clientWidth")));
        phone.screenshot("date-poll-phone");

        var hostPhone = keep(MemberBrowser.phone(port));
        hostPhone.logIn(host.username(), PASSWORD);
        hostPhone.open("/" + AppPaths.club(slug));
        hostPhone.press("Find a date");
        hostPhone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("vaadin-dialog-overlay")));
        hostPhone.sees("Time 2");
        hostPhone.noSidewaysScroll("the proposal dialog on a phone");
        hostPhone.screenshot("date-poll-propose-phone");
    }
}
