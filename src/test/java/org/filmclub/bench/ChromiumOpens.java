package org.filmclub.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.filmclub.browser.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member opening a film page in a real Chromium, timed by the browser itself: from the start of the navigation
 * (the page's time origin) to the first moment a row of its discussion ({@code .discussion-list .message}) is in the
 * page with a size, so drawn where the member can see it. That is how long a member following a link waits before
 * the talk about the film is there to read: the request, Vaadin's start-up, the view and its first rows all count.
 * <p>
 * The moment is taken by a script every page gets before its own ({@code Page.addScriptToEvaluateOnNewDocument}),
 * which looks on each change to the document and on each animation frame, and keeps {@code performance.now()} the
 * first time a row shows. A clock around Selenium's calls would add the driver's own round trips and its polling.
 * <p>
 * The server is any that answers at {@code http://localhost:<port>/}, such as one started in a process of its own
 * in production or development mode.
 */
final class ChromiumOpens implements AutoCloseable {

    /** Where each page keeps the moment its first discussion row showed, in ms since its time origin. */
    private static final String SHOWN = "__filmclubFirstRowShown";

    private static final String WATCH =
            """
            (() => {
              const shown = () => [...document.querySelectorAll('.discussion-list .message')].some(row => {
                const box = row.getBoundingClientRect();
                return box.width > 0 && box.height > 0;
              });
              const check = () => {
                if (window.%1$s === undefined && shown()) window.%1$s = performance.now();
                return window.%1$s !== undefined;
              };
              new MutationObserver((changes, observer) => { if (check()) observer.disconnect(); })
                .observe(document, {childList: true, subtree: true});
              const frame = () => { if (!check()) requestAnimationFrame(frame); };
              requestAnimationFrame(frame);
            })();"""
                    .formatted(SHOWN);

    private final ChromeDriver driver;
    private final String base;

    /** Starts a 1280×800 Chromium and logs in through the login form as this member. */
    ChromiumOpens(int port, String username, String password) {
        base = "http://localhost:" + port + "/";
        driver = Chromium.start(1280, 800);
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
            logIn(username, password);
        } catch (RuntimeException failed) {
            driver.quit();
            throw failed;
        }
    }

    private void logIn(String username, String password) {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(base + "login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space()='Log in']")))
                .click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /**
     * How long the opens took: until the first discussion row showed, and until the page's own HTML had arrived
     * (its {@code responseEnd}, which with the view drawn on the server holds the server's share), in nanoseconds,
     * each sorted.
     */
    record Opens(long[] firstRow, long[] document) {}

    /**
     * Opens the page ({@code clubs/<slug>/films/<id>}) {@code warmUp + count} times, each a full page load, and
     * returns how long the last {@code count} took.
     */
    Opens open(String path, int warmUp, int count) {
        var url = base + path.replaceFirst("^/", "");
        var rows = new long[count];
        var documents = new long[count];
        for (var i = 0; i < warmUp + count; i++) {
            var millis = openOnce(url);
            if (i >= warmUp) {
                rows[i - warmUp] = Math.round(millis[0] * 1_000_000);
                documents[i - warmUp] = Math.round(millis[1] * 1_000_000);
            }
        }
        Arrays.sort(rows);
        Arrays.sort(documents);
        return new Opens(rows, documents);
    }

    /** The first row's time and the document's, in ms since the navigation began. */
    private double[] openOnce(String url) {
        driver.get(url);
        var shown = new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() ->
                        "a discussion row to show on " + url + " (the browser is at " + driver.getCurrentUrl() + ")")
                .until(d -> driver.executeScript("return window." + SHOWN + " ?? null;"));
        var document = driver.executeScript("return performance.getEntriesByType('navigation')[0].responseEnd;");
        return new double[] {((Number) shown).doubleValue(), ((Number) document).doubleValue()};
    }

    @Override
    public void close() {
        driver.quit();
    }
}
