package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.filmclub.AbstractAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The running app in a real Chromium: a demo member logs in and finds the demo club. */
class BrowserSmokeTest extends AbstractAppTest {

    private ChromeDriver browser;

    /** The last screen, kept in target/screenshots whether the test passed or not. */
    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            var shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            Files.write(shots.resolve("smoke-last.png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    @Test
    void demo_member_logs_in_and_sees_the_demo_club() throws Exception {
        browser = Chromium.start(1280, 900);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/");

        wait.until(ExpectedConditions.urlContains("/login"));
        var username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        username.sendKeys("ben");
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys("filmclub-ben");
        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Log in']")).click();

        var club = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//a[normalize-space()='Midnight Film Society']")));
        assertThat(browser.getCurrentUrl()).doesNotContain("login");
        club.click();
        wait.until(ExpectedConditions.urlContains("/clubs/midnight-film-society"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Ana Ruiz"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Members (3)").contains("Ben Okafor");
    }
}
