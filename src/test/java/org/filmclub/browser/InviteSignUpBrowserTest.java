package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.StandaloneApp.as;

import org.filmclub.club.ClubService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A newcomer gets an invite link, creates an account from it, and lands in the club, logged in. */
class InviteSignUpBrowserTest extends BrowserTest {

    @Autowired
    ClubService clubs;

    private WebElement field(String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[./label[normalize-space()='" + label + "']]//input")));
    }

    @Test
    void newcomer_signs_up_from_an_invite_and_lands_in_the_club() {
        var code = as("ana", () -> clubs.home("midnight-film-society").invite().orElseThrow().code());
        openBrowser(390, 844);
        browser.get(url("/join/" + code));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "You are invited to Midnight Film Society"));
        browser.findElement(By.linkText("Create an account")).click();

        var username = unique("dora");
        field("Username").sendKeys(username);
        field("Display name").sendKeys("Dora Newcomer");
        field("Password").sendKeys("my first film club");
        wait.until(ExpectedConditions.attributeToBeNotEmpty(field("Time zone"), "value"));
        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Create account']")).click();

        wait.until(ExpectedConditions.urlContains("/clubs/midnight-film-society"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Dora Newcomer"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Members (").contains("@" + username);
    }
}
