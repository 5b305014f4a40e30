package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The running app in a real Chromium: a demo member logs in and finds the demo club. */
class BrowserSmokeTest extends BrowserTest {

    @Test
    void demo_member_logs_in_and_sees_the_demo_club() {
        openBrowser(1280, 800);
        browser.get(url("/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        logIn("ben", "filmclub-ben");

        var club = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//a[normalize-space()='Midnight Film Society']")));
        assertThat(browser.getCurrentUrl()).doesNotContain("login");
        club.click();
        wait.until(ExpectedConditions.urlContains("/clubs/midnight-film-society"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Ana Ruiz"));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Ben Okafor")
                .contains("@cleo");
        member.checkView("the club home");
        screenshot("club-home");
        browser.findElement(By.cssSelector(".screening-line a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Who is coming"));
        member.checkView("a screening");
    }
}
