package org.filmclub.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.filmclub.AbstractAppTest;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
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

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
        if (browser != null) {
            var shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            var name = test.getTestMethod().map(m -> m.getName()).orElse("browser");
            Files.write(shots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }
}
