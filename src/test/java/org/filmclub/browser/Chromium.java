package org.filmclub.browser;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through its chromedriver; nothing is downloaded. Where it is missing the
 * browser tests skip with one line on how to install it, unless {@code -Dbrowser.required=true}
 * (as CI sets) makes that a failure.
 */
public final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    private Chromium() {}

    static ChromeDriver start(int width, int height) {
        return start(options(width, height));
    }

    /** A desktop browser with these extra command-line switches, such as one that accepts a test certificate. */
    public static ChromeDriver start(int width, int height, String... switches) {
        var options = options(width, height);
        options.addArguments(switches);
        return start(options);
    }

    /** A phone's browser: a 390×844 screen that reports touch and a mobile user agent, not merely a narrow window. */
    static ChromeDriver phone() {
        var options = options(PHONE_WIDTH, PHONE_HEIGHT);
        options.setExperimentalOption(
                "mobileEmulation",
                Map.of(
                        "deviceMetrics",
                        Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 1.0, "touch", true),
                        "userAgent",
                        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                                + "Chrome/140.0 Mobile Safari/537.36"));
        return start(options);
    }

    /** Whether Debian's Chromium and its driver are here. */
    public static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    private static ChromeOptions options(int width, int height) {
        if (!installed()) {
            var message = "Browser tests need Debian's Chromium: sudo apt-get install chromium chromium-driver";
            if (Boolean.getBoolean("browser.required")) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        var options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=en-US",
                "--window-size=" + width + "," + height);
        return options;
    }

    private static ChromeDriver start(ChromeOptions options) {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
