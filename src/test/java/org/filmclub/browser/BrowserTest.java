package org.filmclub.browser;

import java.util.ArrayList;
import java.util.List;
import org.filmclub.AbstractAppTest;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test that drives the running app in Chromium. The last screen of each browser a test opened is
 * kept in {@code target/screenshots/}, whether it passed or not, and the browser is closed.
 */
abstract class BrowserTest extends AbstractAppTest {

    protected ChromeDriver browser;
    protected WebDriverWait wait;
    protected MemberBrowser member;
    private final List<MemberBrowser> opened = new ArrayList<>();

    protected void openBrowser(int width, int height) {
        member = keep(MemberBrowser.laptop(port, width, height));
        browser = member.driver;
        wait = member.wait;
    }

    /** Another member's browser for this test, closed with the test's own. */
    protected MemberBrowser openAnotherBrowser(int width, int height) {
        return keep(MemberBrowser.laptop(port, width, height));
    }

    /** A browser this test opened itself, closed with the test's own. */
    protected MemberBrowser keep(MemberBrowser opened) {
        this.opened.add(opened);
        return opened;
    }

    protected String url(String path) {
        return member.url(path);
    }

    /** Logs in through the real login form and waits until the app has taken the member in. */
    protected void logIn(String username, String password) {
        member.logIn(username, password);
    }

    /** Keeps what the browser shows now as {@code target/screenshots/<name>.png}. */
    protected void screenshot(String name) {
        member.screenshot(name);
    }

    @AfterEach
    void closeBrowsers(org.junit.jupiter.api.TestInfo test) {
        var name = test.getTestMethod().map(m -> m.getName()).orElse("browser");
        for (var i = 0; i < opened.size(); i++) {
            try {
                opened.get(i).screenshot(i == 0 ? name : name + "-" + (i + 1));
            } catch (RuntimeException unreadable) {
                // A browser that died takes its last screen with it; it is still closed below.
            }
            opened.get(i).close();
        }
        opened.clear();
    }
}
