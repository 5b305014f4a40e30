package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo club's ratings of Her in Chromium, as Ana, who rated it before and after the evening: the chart and its
 * table pass axe in both looks and by keyboard on a laptop, and read on a phone without the page going sideways.
 * Read only: the demo's ratings stay as they were for every other test.
 */
class RatingsBrowserTest extends BrowserTest {

    private static final By CHART = By.cssSelector(".ratings .svg-chart[role='img'] svg");

    @Test
    void a_member_who_rated_sees_the_clubs_verdict_as_a_chart_and_a_table_on_a_laptop_and_on_a_phone()
            throws Exception {
        openBrowser(1280, 900);
        logIn("ana", "filmclub-ana");
        browser.get(url("/clubs/midnight-film-society"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Her"))).click();
        member.sees("The discussion moved 2 members: 2 up, 0 down");
        var chart = wait.until(ExpectedConditions.presenceOfElementLocated(CHART));
        var label = browser.findElement(By.cssSelector(".ratings .svg-chart")).getAttribute("aria-label");
        assertThat(label).contains("Before the discussion: 3 stars 1, 4 stars 1.", "After: 3½ stars 1, 4½ stars 1.");
        assertThat(chart.getSize().getWidth()).as("the chart fills its card").isGreaterThan(300);
        var table = browser.findElement(By.cssSelector(".ratings .rating-table"));
        assertThat(table.getText()).contains("4½", "3");
        browser.executeScript(
                "arguments[0].style.scrollMarginTop = '72px'; arguments[0].scrollIntoView({block: 'start'});",
                browser.findElement(By.className("ratings")));
        member.checkView("the film page with the club's ratings");
        screenshot("film-ratings-light");
        browser.executeScript("document.documentElement.setAttribute('theme', 'dark');");
        screenshot("film-ratings-dark");
        browser.executeScript("document.documentElement.removeAttribute('theme');");

        var phone = keep(MemberBrowser.phone(port));
        phone.logIn("ben", "filmclub-ben");
        phone.open("/clubs/midnight-film-society");
        phone.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Her")));
        phone.click(phone.driver.findElement(By.linkText("Her")));
        phone.sees("The discussion moved 2 members");
        phone.wait.until(ExpectedConditions.presenceOfElementLocated(CHART));
        phone.script("document.querySelector('.ratings').scrollIntoView({block: 'start'});");
        phone.checkView("the film page with the club's ratings");
        phone.screenshot("film-ratings-phone");
    }
}
