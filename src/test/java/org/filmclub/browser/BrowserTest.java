package org.filmclub.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.filmclub.AbstractAppTest;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test that drives the running app in Chromium. The last screen of each test is kept in
 * {@code target/screenshots/}, whether it passed or not.
 */
abstract class BrowserTest extends AbstractAppTest {

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    protected void openBrowser(int width, int height) {
        browser = Chromium.start(width, height);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Logs in through the real login form and waits until the app has taken the member in. */
    protected void logIn(String username, String password) {
        logIn(browser, username, password);
    }

    protected void logIn(WebDriver driver, String username, String password) {
        var waitFor = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(url("/login"));
        waitFor.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]"))).sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        driver.findElement(By.xpath("//vaadin-button[normalize-space()='Log in']")).click();
        waitFor.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Keeps what the browser shows now as {@code target/screenshots/<name>.png}. */
    protected void screenshot(String name) throws java.io.IOException {
        var shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
        if (browser != null) {
            try {
                screenshot(test.getTestMethod().map(m -> m.getName()).orElse("browser"));
            } finally {
                browser.quit();
            }
        }
    }
}
