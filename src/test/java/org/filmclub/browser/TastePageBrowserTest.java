package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.rating.RatingInput;
import org.filmclub.rating.RatingService;
import org.filmclub.rating.ui.TasteView;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The club's taste in Chromium: readable by axe in both looks and by keyboard on a laptop, with a Letterboxd import
 * previewed; on a phone its tables scroll inside their own boxes and the page never sideways.
 */
class TastePageBrowserTest extends BrowserTest {

    @Test
    void the_taste_page_and_an_import_preview_read_well_on_a_laptop_and_on_a_phone() throws Exception {
        var ana = newMember("Ana Ruiz");
        var ben = newMember("Ben Okafor");
        var cleo = newMember("Cleo Marsh");
        var slug = newClub(ana, ben, cleo);
        loginAs(ana);
        var films = context.getBean(FilmService.class);
        var ratings = context.getBean(RatingService.class);
        var ids = new long[] {
            films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                    .id(),
            films.add(slug, new FilmDetails("Amélie", 2001, "Jean-Pierre Jeunet", 122, "", ""))
                    .id(),
            films.add(slug, new FilmDetails("Stalker", 1979, "Andrei Tarkovsky", 161, "", ""))
                    .id()
        };
        var day = LocalDate.of(2026, 11, 1);
        for (var who : new org.filmclub.member.MemberProfile[] {ana, ben, cleo}) {
            loginAs(who);
            for (var i = 0; i < ids.length; i++) {
                ratings.rate(slug, ids[i], RatingInput.ofHalves(2 + (int) ((who.id() + i * 3) % 9), "", day));
            }
        }
        loginAs(ben);
        ratings.rate(slug, ids[0], RatingInput.ofHalves(10, "", day.plusDays(1)));
        var page = "/" + TasteView.path(slug);

        openBrowser(1280, 800);
        logIn(ana.username(), PASSWORD);
        member.open(page);
        member.sees("Who agrees with whom");
        member.checkView("the club's taste");

        var file = Files.createTempFile("diary", ".csv");
        try (var in = getClass().getResourceAsStream("/letterboxd/diary.csv")) {
            Files.write(file, in.readAllBytes());
        }
        var upload = browser.findElement(By.tagName("vaadin-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        member.sees("What the import would do");
        member.checkView("the club's taste with an import preview");
        screenshot("taste-import-preview");

        var phone = keep(MemberBrowser.phone(port));
        phone.logIn(cleo.username(), PASSWORD);
        phone.open(page);
        phone.sees("Diaries");
        phone.checkView("the club's taste");
        phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.className("taste-table")));
        var boxes = phone.driver.findElements(By.className("taste-table"));
        assertThat(boxes).isNotEmpty();
        phone.screenshot("taste-phone");
    }
}
