package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The demo club's essay on Her, read in Chromium: set like a blog post, light and dark, and on a phone. */
class FilmPageBrowserTest extends BrowserTest {

    private static final By ESSAY_HEADING =
            By.xpath("//div[@class='essay-body']/h2[normalize-space()='The voice in the ear']");

    @Test
    void a_member_reads_the_demo_essay_in_light_and_dark_and_on_a_phone() throws Exception {
        openBrowser(1280, 800);
        logIn("cleo", "filmclub-cleo");
        browser.get(url("/clubs/midnight-film-society"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Her"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(ESSAY_HEADING));

        var body = browser.findElement(By.className("essay-body"));
        var link = body.findElement(By.cssSelector("a[href^='https://en.wikipedia.org']"));
        assertThat(link.getAttribute("rel")).isEqualTo("noopener nofollow ugc");
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        assertThat(body.findElement(By.tagName("del")).getText()).isEqualTo("It is a tragedy.");
        assertThat(body.findElements(By.cssSelector("table th, table td"))).hasSizeGreaterThan(4);
        // A footnote reference leads to its note in this essay: ids are namespaced by essay and revision.
        var note = body.findElement(By.cssSelector("sup a.footnote-ref"))
                .getAttribute("href")
                .replaceFirst(".*#", "");
        assertThat(note).matches("e\\d+r\\d+-fn-1");
        assertThat(body.findElements(By.id(note))).hasSize(1);
        assertThat(body.getText()).contains("people who don’t – or who think", "Spike Jonze’s");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Ana Ruiz", "min read");
        member.checkView("the film page");
        screenshot("film-page-light");

        browser.executeScript("document.documentElement.setAttribute('theme', 'dark');");
        screenshot("film-page-dark");

        browser.executeScript("document.documentElement.removeAttribute('theme');");
        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Write an essay']"))
                .click();
        var source = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-area.essay-source textarea")));
        source.sendKeys("## First impressions\n\nThe *warmth* of the colours -- and a <script>alert(1)</script> joke.");
        var previewHeading =
                By.xpath("//div[contains(@class,'essay-preview')]//h2[normalize-space()='First impressions']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(previewHeading));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("save-status"), "Draft saved at"));
        var preview = browser.findElement(By.className("essay-preview"));
        assertThat(preview.getText()).contains("The warmth of the colours – and a <script>alert(1)</script> joke.");
        assertThat(preview.findElements(By.tagName("script"))).isEmpty();
        member.checkView("the essay editor");
        screenshot("essay-editor");
        browser.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(ESSAY_HEADING));

        member.viewport(390, 844);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(ESSAY_HEADING));
        member.noSidewaysScroll("the film page on a narrow window");
        screenshot("film-page-narrow");
        // On a narrow window the questions are behind their tab, instead of the essay.
        member.showTab("Questions");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.className("question-board"), "Would a zen-type AI want to grow at all?"));
        member.noSidewaysScroll("the question board on a narrow window");
    }
}
