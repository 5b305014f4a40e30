package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.StandaloneApp.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.filmclub.AbstractAppTest;
import org.filmclub.club.ClubService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A newcomer gets an invite link, creates an account from it, and lands in the club, logged in. */
class InviteSignUpBrowserTest extends AbstractAppTest {

    @Autowired
    ClubService clubs;
    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            var shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            Files.write(shots.resolve("invite-signup-last.png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    private WebElement field(WebDriverWait wait, String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[./label[normalize-space()='" + label + "']]//input")));
    }

    @Test
    void newcomer_signs_up_from_an_invite_and_lands_in_the_club() {
        var code = as("ana", () -> clubs.home("midnight-film-society").invite().orElseThrow().code());
        browser = Chromium.start(390, 844);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get("http://localhost:" + port + "/join/" + code);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "You are invited to Midnight Film Society"));
        browser.findElement(By.linkText("Create an account")).click();

        var username = unique("dora");
        field(wait, "Username").sendKeys(username);
        field(wait, "Display name").sendKeys("Dora Newcomer");
        field(wait, "Password").sendKeys("my first film club");
        wait.until(ExpectedConditions.attributeToBeNotEmpty(field(wait, "Time zone"), "value"));
        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Create account']")).click();

        wait.until(ExpectedConditions.urlContains("/clubs/midnight-film-society"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Dora Newcomer"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Members (").contains("@" + username);
    }
}
