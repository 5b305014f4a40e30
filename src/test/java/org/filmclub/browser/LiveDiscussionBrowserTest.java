package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Two members in two separate browsers talk on the demo film's page and see each other live. */
class LiveDiscussionBrowserTest extends BrowserTest {

    private static final By COMPOSER = By.cssSelector("vaadin-text-area.discussion-composer textarea");

    private void openHer(WebDriver driver) {
        var waitFor = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(url("/clubs/midnight-film-society"));
        waitFor.until(ExpectedConditions.elementToBeClickable(By.linkText("Her"))).click();
        waitFor.until(ExpectedConditions.elementToBeClickable(COMPOSER));
    }

    /** Asked in one go inside the page, as the virtual list may redraw its rows between two calls. */
    private static ExpectedCondition<Boolean> messageShown(String text) {
        return driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('.discussion-list .message')]"
                        + ".some(m => m.textContent.includes(arguments[0]));", text);
    }

    @Test
    void a_message_sent_in_one_browser_appears_in_the_other_without_reload() throws Exception {
        openBrowser(1280, 900);
        logIn("ana", "filmclub-ana");
        openHer(browser);
        var ben = Chromium.start(1280, 900);
        try {
            var benWait = new WebDriverWait(ben, Duration.ofSeconds(60));
            logIn(ben, "ben", "filmclub-ben");
            openHer(ben);
            var pageOfAna = browser.getCurrentUrl();

            var question = "Is the ending hopeful? " + System.nanoTime();
            ben.findElement(COMPOSER).sendKeys(question, Keys.ENTER);
            benWait.until(messageShown(question));
            wait.until(messageShown(question));
            assertThat(ben.findElement(COMPOSER).getAttribute("value")).isEmpty();

            var answer = "Yes, for him. " + System.nanoTime();
            browser.findElement(COMPOSER).sendKeys(answer, Keys.ENTER);
            benWait.until(messageShown(answer));
            assertThat(browser.getCurrentUrl()).isEqualTo(pageOfAna);
            screenshot("discussion-live");
        } finally {
            ben.quit();
        }
    }
}
