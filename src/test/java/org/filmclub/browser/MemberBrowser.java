package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One member at a Chromium of their own, on a laptop or a phone: what they open, type and press,
 * and what they see. Checks that a page is usable (accessibility, no sideways scrolling on a phone)
 * are made the same way wherever a test looks at a view.
 */
final class MemberBrowser implements AutoCloseable {

    static final By COMPOSER = By.cssSelector("vaadin-text-area.discussion-composer textarea");

    /** In a script: {@code focused}, the element that has the focus, looked for inside shadow roots too. */
    private static final String FOCUSED =
            """
            let focused = document.activeElement;
            while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
            """;

    final ChromeDriver driver;
    final WebDriverWait wait;
    final boolean phone;
    private final String base;
    /** The network this browser reaches the app through, when a test may cut it; null otherwise. */
    private final Cable cable;

    private MemberBrowser(ChromeDriver driver, String base, boolean phone) {
        this(driver, base, phone, null);
    }

    private MemberBrowser(ChromeDriver driver, String base, boolean phone, Cable cable) {
        this.driver = driver;
        this.base = base;
        this.phone = phone;
        this.cable = cable;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // Live pages redraw under the test's feet; an element redrawn while waited for is looked up again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    static MemberBrowser laptop(int port) {
        return laptop(port, 1280, 800);
    }

    static MemberBrowser laptop(int port, int width, int height) {
        var laptop = new MemberBrowser(Chromium.start(width, height), "http://localhost:" + port, false);
        laptop.viewport(width, height);
        return laptop;
    }

    /** A laptop whose network the test can cut with {@link #online}: it reaches the app through a {@link Cable}. */
    static MemberBrowser laptopOnACable(int port) {
        var cable = new Cable(port);
        var laptop = new MemberBrowser(Chromium.start(1280, 800), "http://localhost:" + cable.port(), false, cable);
        laptop.viewport(1280, 800);
        return laptop;
    }

    /** Pages get exactly this much room, whatever the window around them takes. */
    void viewport(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    static MemberBrowser phone(int port) {
        return new MemberBrowser(Chromium.phone(), "http://localhost:" + port, true);
    }

    String url(String path) {
        return base + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    /** The browser reports this time zone to pages, as a member's computer set to it would. */
    void inTimeZone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    /** Logs in through the real login form and waits until the app has taken the member in. */
    void logIn(String username, String password) {
        open("/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        press("Log in");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** The input of the field with this label, in a view or an open dialog. */
    WebElement field(String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[./label[normalize-space()=" + literal(label) + "]]//*[self::input or self::textarea]")));
    }

    /** Types into the field in place of what it held, then Tab moves on, as a member filling a form does. */
    void type(String label, String text) {
        var input = field(label);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    /** Types into a searchable list until the entry is offered, and picks it. */
    void choose(String label, String entry) {
        var input = field(label);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(entry);
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[normalize-space()=" + literal(entry) + "]"))));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
    }

    /** The button with this text; a tooltip's words, which the button holds for screen readers, are not its text. */
    WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[(normalize-space()="
                + literal(text) + " or normalize-space(text())=" + literal(text) + ") and not(@hidden)]")));
    }

    /** Clicks the button, brought to the middle of the screen first so no message at the edge covers it. */
    void press(String buttonText) {
        click(button(buttonText));
    }

    /**
     * Shows a part of a page that tabs switch between, such as the questions beside the essay, as a member would:
     * presses the tab with this label until it is the selected one. A press that lands while the page is still
     * starting its tabs changes nothing; the member sees that and presses again.
     */
    void showTab(String label) {
        var tab = By.xpath("//vaadin-tab[normalize-space()=" + literal(label) + "]");
        wait.until(d -> {
            var element = wait.until(ExpectedConditions.elementToBeClickable(tab));
            if (element.getAttribute("selected") != null) {
                return true;
            }
            click(element);
            return element.getAttribute("selected") != null;
        });
    }

    /** Presses these keys wherever the focus is now. */
    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /**
     * Gives the open dialog's action: on a laptop from the keyboard, with Ctrl+Enter wherever the focus is in the
     * dialog; on a phone with a tap on its button.
     */
    void submitDialog(String buttonText) {
        if (phone) {
            press(buttonText);
        } else {
            new Actions(driver)
                    .keyDown(Keys.CONTROL)
                    .sendKeys(Keys.ENTER)
                    .keyUp(Keys.CONTROL)
                    .perform();
        }
    }

    /** Waits until the focus is in the field with this label, as when a dialog opens on it. */
    void focusIsIn(String label) {
        var input = field(label);
        wait.until(d -> input.equals(script(FOCUSED + "return focused;")));
    }

    /**
     * Clicks the element, or on a phone taps it with a finger. A message shown at the foot of the screen may cover
     * it for a few seconds, as it would for a member, so the click waits until nothing does.
     */
    void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        if (phone) {
            wait.until(d -> (Boolean) script(
                    """
                    const box = arguments[0].getBoundingClientRect();
                    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
                    return !!top && (arguments[0].contains(top) || top.contains(arguments[0]));""",
                    element));
            var finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
            var tap = new Sequence(finger, 0)
                    .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))
                    .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                    .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
            driver.perform(List.of(tap));
            return;
        }
        wait.ignoring(ElementClickInterceptedException.class).until(d -> {
            element.click();
            return true;
        });
    }

    void sees(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Waits until a message with this text is on screen in the discussion. */
    void seesMessage(String text) {
        wait.until(messageShown(text));
    }

    /** Asked in one go inside the page, as the virtual list may redraw its rows between two calls. */
    static ExpectedCondition<Boolean> messageShown(String text) {
        return driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript(
                        "return [...document.querySelectorAll('.discussion-list .message')]"
                                + ".some(m => m.textContent.includes(arguments[0]));",
                        text);
    }

    /** The texts of the discussion rows drawn now that contain the marker, top to bottom as the member sees them. */
    @SuppressWarnings("unchecked")
    List<String> messagesWith(String marker) {
        return (List<String>) script(
                """
                return [...document.querySelectorAll('.discussion-list .message')]
                  .filter(m => m.offsetParent !== null && m.textContent.includes(arguments[0]))
                  .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
                  .map(m => m.querySelector('.message-main > div:nth-child(2)').textContent.trim());""",
                marker);
    }

    /** The row of the message with this text, as drawn now. */
    WebElement message(String text) {
        seesMessage(text);
        return (WebElement) script(
                "return [...document.querySelectorAll('.discussion-list .message')]"
                        + ".find(m => m.textContent.includes(arguments[0]));",
                text);
    }

    /**
     * Sends a message from the keyboard: once the composer has focus (as a click or Tab gives it), the
     * text is typed and Enter sends it. Spoiler bars are not shown, so the message is looked for without them.
     */
    void send(String text) {
        var composer = wait.until(ExpectedConditions.elementToBeClickable(COMPOSER));
        script("arguments[0].focus();", composer);
        new Actions(driver).sendKeys(text).perform();
        wait.until(d -> text.equals(d.findElement(COMPOSER).getAttribute("value")));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .withMessage(() -> "the message «" + text + "» to be shown; the composer holds «"
                        + driver.findElement(COMPOSER).getAttribute("value") + "» and says «"
                        + script("return document.querySelector('vaadin-text-area.discussion-composer').errorMessage")
                        + "»")
                .until(messageShown(text.replace("||", "")));
        wait.until(d -> d.findElement(COMPOSER).getAttribute("value").isEmpty());
    }

    /**
     * The keyboard alone: focuses {@code from}, presses Tab (or Shift+Tab) until the element described has the
     * focus, then presses the key on it.
     *
     * @return the element the key was pressed on
     */
    WebElement pressFrom(
            WebElement from, String description, String matchesFocused, boolean backwards, CharSequence key) {
        var target = tabFrom(from, description, matchesFocused, backwards);
        keys(key);
        return target;
    }

    /** Focuses {@code from}, then presses Tab (or Shift+Tab) until the element described has the focus. */
    WebElement tabFrom(WebElement from, String description, String matchesFocused, boolean backwards) {
        script("arguments[0].focus()", from);
        return tabTo(description, matchesFocused, backwards);
    }

    /** Presses Tab (or Shift+Tab) until the focused element is the one described; fails past a limit. */
    WebElement tabTo(String description, String matchesFocused, boolean backwards) {
        for (var presses = 0; presses < 40; presses++) {
            var focused = (WebElement) script(FOCUSED
                    + """
                    const match = focused && focused.closest('vaadin-button') || focused;
                    return (function() { return %s; }).call(match) ? match : null;"""
                            .formatted(matchesFocused));
            if (focused != null) {
                return focused;
            }
            new Actions(driver)
                    .sendKeys(backwards ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB)
                    .perform();
        }
        throw new AssertionError("Tab never reached " + description);
    }

    /** The view passes {@link #checkReadable}, and on a laptop Tab reaches every control on it. */
    void checkView(String view) {
        checkReadable(view);
        if (!phone) {
            tabReachesEveryControl(view);
        }
    }

    /**
     * The view passes axe-core's WCAG 2.1 A and AA rules: on a laptop in the light and the dark look, on a phone
     * with nothing scrolling sideways.
     */
    void checkReadable(String view) {
        wait.until(d -> !d.getTitle().isBlank());
        if (phone) {
            Axe.check(driver, view + " on a phone");
            noSidewaysScroll(view);
            return;
        }
        var dark = inTheDarkLook();
        Axe.check(driver, view + (dark ? " in the dark look" : ""));
        look(!dark);
        try {
            Axe.check(driver, view + (dark ? "" : " in the dark look"));
        } finally {
            look(dark);
        }
    }

    boolean inTheDarkLook() {
        return "dark".equals(script("return document.documentElement.getAttribute('theme')"));
    }

    /** Shows the page in the dark or the light look, as the member menu does, but without remembering it. */
    private void look(boolean dark) {
        script(
                "const root = document.documentElement;"
                        + "if (arguments[0]) root.setAttribute('theme', 'dark'); else root.removeAttribute('theme');",
                dark);
    }

    /**
     * In a script: {@code control(el)}, what a member can press, pick or type into that the element is part of, so
     * each counts once whichever of its parts takes the focus. A group of radio buttons, tabs or menu items is one
     * stop for Tab, and the arrow keys move within it. {@code CONTROLS} finds them all on a page.
     */
    private static final String CONTROL =
            """
            const GROUPS = 'vaadin-radio-group, vaadin-tabs, vaadin-menu-bar';
            const WIDGETS = 'vaadin-button, vaadin-checkbox, vaadin-radio-button, vaadin-select, vaadin-combo-box,'
              + ' vaadin-date-picker, vaadin-time-picker, vaadin-text-field, vaadin-text-area, vaadin-password-field,'
              + ' vaadin-email-field, vaadin-integer-field, vaadin-number-field, vaadin-menu-bar-button,'
              + ' vaadin-details-summary, vaadin-tab, vaadin-side-nav-item, vaadin-avatar';
            const PLAIN = 'a[href], button, input:not([type=hidden]), textarea, select, summary, [role=button],'
              + ' [tabindex]:not([tabindex="-1"])';
            const CONTROLS = WIDGETS + ', ' + PLAIN;
            const up = (el, selector) => {
              for (let node = el; node; node = node.getRootNode().host) {
                const found = node.closest(selector);
                if (found) return found;
              }
              return null;
            };
            const control = el => up(el, GROUPS) || up(el, WIDGETS) || el.closest(PLAIN) || el;
            """;

    /**
     * The keyboard alone reaches everything: from the top of the page, Tab is pressed until it has gone past every
     * control once, and each visible, enabled control must have had the focus on the way. The focus and the
     * scrolling are then put back where they were.
     */
    void tabReachesEveryControl(String view) {
        @SuppressWarnings("unchecked")
        var controls = (List<String>)
                script(
                        CONTROL + FOCUSED
                                + """
                const label = el => (el.tagName.toLowerCase() + ' «' + (el.getAttribute('aria-label') || el.label
                    || el.textContent || el.getAttribute('href') || '').trim().replace(/\\s+/g, ' ').slice(0, 60) + '»');
                window.__controls = [...new Set([...document.querySelectorAll(CONTROLS)].map(control))]
                  .filter(el => !el.closest('[disabled], [inert], [aria-hidden=true]')
                    && el.checkVisibility({visibilityProperty: true}) && el.getBoundingClientRect().width > 0);
                window.__reached = new Set();
                window.__onFocus = e => window.__reached.add(control(e.composedPath()[0]));
                document.addEventListener('focusin', window.__onFocus, true);
                window.__hadFocus = focused;
                document.activeElement?.blur();
                // Tab scrolls whatever holds the focused control, inside the layout's shadow too; all is put back after.
                window.__scrollers = () => {
                  const all = [];
                  const walk = root => root.querySelectorAll('*').forEach(el => {
                    if (el.scrollTop > 0) all.push(el);
                    if (el.shadowRoot) walk(el.shadowRoot);
                  });
                  walk(document);
                  return all;
                };
                window.__scrolled = new Map(window.__scrollers().map(el => [el, el.scrollTop]));
                return window.__controls.map(label);""");
        // Tab goes on round the page until every control had the focus, or a whole round reached nothing new.
        List<String> missed = controls;
        for (var round = 0; round < 4 && !missed.isEmpty(); round++) {
            var tab = new Actions(driver);
            for (var i = 0; i < controls.size() + 5; i++) {
                tab.sendKeys(Keys.TAB);
            }
            tab.perform();
            @SuppressWarnings("unchecked")
            var now = (List<String>) script(
                    "return window.__controls.map((el, i) => window.__reached.has(el) ? null : arguments[0][i]).filter(x => x);",
                    controls);
            if (now.size() == missed.size() && round > 0) {
                break;
            }
            missed = now;
        }
        script(
                """
                document.removeEventListener('focusin', window.__onFocus, true);
                document.activeElement?.blur();
                if (window.__hadFocus && window.__hadFocus !== document.body) window.__hadFocus.focus();
                window.__scrollers().forEach(el => el.scrollTop = window.__scrolled.get(el) ?? 0);
                window.__scrolled.forEach((top, el) => el.scrollTop = top);""");
        assertThat(missed)
                .as("controls on %s that Tab never reached, of %d", view, controls.size())
                .isEmpty();
        System.out.printf("Keyboard: Tab reached all %d controls on %s%n", controls.size(), view);
    }

    void noSidewaysScroll(String view) {
        @SuppressWarnings("unchecked")
        var widths = (Map<String, Long>)
                script(
                        """
                return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
                  widest: [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                    .map(e => e.tagName + '.' + e.className).slice(0, 3).join(' ')};""");
        assertThat(widths.get("scroll"))
                .as("page width of %s (wider: %s)", view, widths.get("widest"))
                .isLessThanOrEqualTo(widths.get("inner"));
    }

    /** Fetches an address with the member's own session, as a click on a download link would. */
    @SuppressWarnings("unchecked")
    Map<String, Object> fetch(String path) {
        return (Map<String, Object>) driver.executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.text().then(body => done({status: r.status, type: r.headers.get('content-type'), body})))
                  .catch(e => done({status: 0, type: '', body: String(e)}));""",
                path);
    }

    /**
     * Cuts the browser off the network, or gives it back, as a train going into a tunnel would: the page is told
     * it is offline, and the cable under it closes every open connection, the push socket too, and takes no new one.
     */
    void online(boolean online) {
        if (cable == null) {
            throw new IllegalStateException("This browser has no cable to cut; open it with laptopOnACable");
        }
        cable.plugged(online);
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        wait.until(d -> script("return navigator.onLine").equals(online));
    }

    void screenshot(String name) {
        try {
            var shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            Files.write(shots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        if (cable != null) {
            cable.close();
        }
    }

    /** A text as an XPath string literal, whichever quotes it holds ("the club's talk"). */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
