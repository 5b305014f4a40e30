package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The film page laid out for reading and talking at once: on a laptop the demo essay on Her and its discussion
 * side by side, both in view while the essay scrolls, and a passage selected in the essay quoted into the
 * discussion; on a phone one column, tabs between the essay, the discussion and the questions, nothing sideways.
 */
class FilmLayoutBrowserTest extends BrowserTest {

    private static final String PASSAGE = "is often sold as a film about a man who falls for his computer";
    private static final By ESSAY = By.className("essay-body");

    /** Where the essay, the discussion and its composer are on screen, and how big the screen is. */
    private static final String BOXES =
            """
            const box = selector => {
              const r = document.querySelector(selector).getBoundingClientRect();
              return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};
            };
            return {essay: box('.essay-body'), discussion: box('.discussion'), composer: box('.discussion-composer'),
              width: window.innerWidth, height: window.innerHeight};""";

    @Test
    void on_a_laptop_the_essay_and_the_discussion_stay_side_by_side_and_a_passage_is_quoted_into_the_discussion() {
        openBrowser(1280, 900);
        logIn("cleo", "filmclub-cleo");
        browser.get(url("/clubs/midnight-film-society"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Her"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(ESSAY));
        wait.until(ExpectedConditions.visibilityOfElementLocated(MemberBrowser.COMPOSER));

        bothInView("the top of the film page");
        // Further down the essay the discussion has not moved away.
        browser.executeScript("document.querySelector('.essay-body table').scrollIntoView({block: 'center'})");
        bothInView("the middle of the essay");
        browser.executeScript("document.querySelector('.essay-body h2').scrollIntoView({block: 'start'})");
        member.checkView("the film page beside its discussion");
        screenshot("film-page-wide");

        // Nothing is selected: the board does not offer to ask about a passage.
        member.showTab("Questions");
        member.sees("Would a zen-type AI want to grow at all?");
        assertThat(browser.findElement(By.cssSelector("vaadin-button.ask-passage"))
                        .isDisplayed())
                .isFalse();
        select(PASSAGE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-button.ask-passage")));
        member.press("Quote in discussion");

        wait.until(d -> ("> " + PASSAGE + "\n\n")
                .equals(d.findElement(MemberBrowser.COMPOSER).getAttribute("value")));
        wait.until(
                d -> (Boolean)
                        member.script(
                                """
                let focused = document.activeElement;
                while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
                return !!focused && !!focused.closest('vaadin-text-area.discussion-composer');"""));
        // The quote went to the discussion, which is shown again, and the passage bar has gone with the selection.
        assertThat(browser.findElement(MemberBrowser.COMPOSER).isDisplayed()).isTrue();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".passage-actions")));
        member.keys("The one line everyone quotes");
        member.keys(org.openqa.selenium.Keys.ENTER);
        member.seesMessage("The one line everyone quotes");

        select(PASSAGE);
        member.press("Ask about this");
        member.sees("Ask about this passage");
        member.sees("“" + PASSAGE + "”");
    }

    @Test
    void on_a_phone_tabs_switch_between_the_essay_the_discussion_and_the_questions_and_nothing_scrolls_sideways() {
        var phone = keep(MemberBrowser.phone(port));
        phone.logIn("cleo", "filmclub-cleo");
        phone.open("/clubs/midnight-film-society");
        phone.click(phone.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Her"))));
        phone.wait.until(ExpectedConditions.visibilityOfElementLocated(ESSAY));
        assertThat(phone.driver.findElement(MemberBrowser.COMPOSER).isDisplayed())
                .isFalse();
        phone.noSidewaysScroll("the essay on a phone");
        phone.checkView("the film page on a phone");
        phone.screenshot("film-page-phone-essay");

        phone.showTab("Discussion");
        phone.wait.until(ExpectedConditions.visibilityOfElementLocated(MemberBrowser.COMPOSER));
        assertThat(phone.driver.findElement(ESSAY).isDisplayed()).isFalse();
        phone.noSidewaysScroll("the discussion on a phone");
        phone.send("Watching on the bus");
        phone.screenshot("film-page-phone-discussion");

        phone.showTab("Questions");
        phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("question-board")));
        phone.sees("Would a zen-type AI want to grow at all?");
        assertThat(phone.driver.findElement(MemberBrowser.COMPOSER).isDisplayed())
                .isFalse();
        phone.noSidewaysScroll("the questions on a phone");
        phone.checkView("the questions on a phone");

        phone.showTab("Essay");
        phone.wait.until(ExpectedConditions.visibilityOfElementLocated(ESSAY));
        assertThat(phone.driver.findElement(By.className("question-board")).isDisplayed())
                .isFalse();
    }

    /** The essay and the discussion are both on screen, side by side, with the discussion's composer whole. */
    @SuppressWarnings("unchecked")
    private void bothInView(String where) {
        var boxes = (Map<String, Object>) member.script(BOXES);
        var essay = (Map<String, Number>) boxes.get("essay");
        var discussion = (Map<String, Number>) boxes.get("discussion");
        var width = ((Number) boxes.get("width")).doubleValue();
        var height = ((Number) boxes.get("height")).doubleValue();
        assertThat(essay.get("top").doubleValue() < height
                        && essay.get("bottom").doubleValue() > 0
                        && essay.get("left").doubleValue() >= 0)
                .as("the essay is on screen at %s: %s", where, boxes)
                .isTrue();
        assertThat(inside(discussion, width, height)
                        && inside((Map<String, Number>) boxes.get("composer"), width, height))
                .as("the discussion and its composer are wholly on screen at %s: %s", where, boxes)
                .isTrue();
        assertThat(discussion.get("left").doubleValue())
                .as("the discussion is beside the essay at %s: %s", where, boxes)
                .isGreaterThanOrEqualTo(essay.get("right").doubleValue());
        System.out.printf("Layout: essay and discussion side by side and in view at %s: %s%n", where, boxes);
    }

    private static boolean inside(Map<String, Number> box, double width, double height) {
        return box.get("left").doubleValue() >= 0
                && box.get("top").doubleValue() >= 0
                && box.get("right").doubleValue() <= width
                && box.get("bottom").doubleValue() <= height;
    }

    /** Selects these words of the essay, as a member dragging over them would. */
    private void select(String words) {
        member.script(
                """
                const walker = document.createTreeWalker(document.querySelector('.essay-body'), NodeFilter.SHOW_TEXT);
                let node;
                while ((node = walker.nextNode()) && !node.textContent.includes(arguments[0])) {}
                const at = node.textContent.indexOf(arguments[0]);
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + arguments[0].length);
                const selection = document.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);""",
                words);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".passage-actions")));
    }
}
