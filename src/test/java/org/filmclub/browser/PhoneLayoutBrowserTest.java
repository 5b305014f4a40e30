package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.EssayService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.question.QuestionService;
import org.filmclub.question.QuestionService.Proposal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A host's busiest pages on a phone (390×844, touch): the film page with her question and message actions, her
 * profile and the club's settings. Nothing runs off the side, the page keeps a margin, every action is a
 * finger's size, and the "⋯" menus open and act.
 */
class PhoneLayoutBrowserTest extends BrowserTest {

    @Autowired
    private FilmService films;

    @Autowired
    private QuestionService questions;

    @Autowired
    private DiscussionService discussion;

    @Autowired
    private EssayService essays;

    @Test
    void a_host_moderates_questions_and_messages_on_a_phone_and_nothing_runs_off_the_side() {
        var host = newMember("Hana Host");
        var guest = newMember("Gus Guest");
        var slug = newClub(host, guest);
        loginAs(host);
        var film = films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
        loginAs(guest);
        discussion.post(slug, film, "Is the ending a happy one, in the end?", null, "phone-1");
        var asked = List.of(
                "Would a zen-type AI want to grow at all, or be content just being?",
                "Why is there almost no blue anywhere in the film?");
        for (var i = 0; i < asked.size(); i++) {
            questions.propose(slug, film, new Proposal(asked.get(i), false, ""), false, "phone-q" + i);
        }
        logout();

        var phone = keep(MemberBrowser.phone(port));
        phone.logIn(host.username(), PASSWORD);
        phone.sees("My clubs");
        phone.open("/clubs/" + slug + "/films/" + film);
        // On a phone the board has a tab of its own beside the essay's and the discussion's.
        phone.showTab("Questions");
        phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".question .more-actions")));
        phone.script("document.querySelector('.question-board').scrollIntoView();");
        phone.noSidewaysScroll("the film page with a host's question actions");
        @SuppressWarnings("unchecked")
        var measured = (Map<String, Object>)
                phone.script(
                        """
                const targets = [...document.querySelectorAll(
                  '.question .action-row > vaadin-button, .question .more-actions vaadin-menu-bar-button,'
                  + ' .message-actions vaadin-button')].filter(t => !t.hidden && t.offsetParent !== null);
                const sizes = targets.map(t => t.getBoundingClientRect());
                const page = getComputedStyle(document.querySelector('main.page'));
                return {scroll: document.documentElement.scrollWidth, targets: targets.length,
                  smallest: Math.min(...sizes.map(r => Math.min(r.width, r.height))),
                  gutter: parseFloat(page.paddingLeft)};""");
        System.out.printf(
                "Phone film page as host: scroll width %s at 390, %s action targets, the smallest %s px,"
                        + " page gutter %s px%n",
                measured.get("scroll"), measured.get("targets"), measured.get("smallest"), measured.get("gutter"));
        assertThat(((Number) measured.get("targets")).intValue()).isGreaterThanOrEqualTo(6);
        assertThat(((Number) measured.get("smallest")).doubleValue()).isGreaterThanOrEqualTo(44);
        assertThat(((Number) measured.get("gutter")).doubleValue()).isGreaterThanOrEqualTo(16);
        phone.checkView("the film page as a host");
        phone.screenshot("discussion-phone");

        // The question's "⋯" opens the host's moderation; Pin works from there. The board redraws its questions when
        // the live board changes, which can take the open menu with it: then the host opens it again, as she would,
        // until the question says it is pinned (once the menu offers Unpin, the pin has landed).
        phone.wait.until(d -> {
            if (d.findElement(By.className("question-board")).getText().contains("pinned")) {
                return true;
            }
            var open = d.findElements(
                    By.xpath("//vaadin-menu-bar-item[normalize-space()='Pin' or normalize-space()='Unpin']"));
            if (open.isEmpty()) {
                phone.click(d.findElement(By.cssSelector(".question .more-actions vaadin-menu-bar-button")));
                return false;
            }
            if (open.get(0).getText().strip().equals("Pin") && open.get(0).isDisplayed()) {
                phone.click(open.get(0));
            }
            return false;
        });

        // The message's "⋯" opens its menu beside it; Hide asks first.
        phone.showTab("Discussion");
        var more = phone.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".message vaadin-button[data-action='menu']")));
        System.out.println("The message's menu button: "
                + phone.script(
                        "const r = arguments[0].getBoundingClientRect(); return [r.width, r.height,"
                                + " getComputedStyle(arguments[0]).visibility, arguments[0].offsetParent !== null];",
                        more));
        assertThat(more.getAttribute("aria-label")).isEqualTo("More actions");
        phone.click(more);
        var hide = phone.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-context-menu-item[normalize-space()='Hide…']")));
        phone.click(hide);
        phone.submitDialog("Hide");
        phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.className("discussion-list"), "Hidden by a host"));

        phone.open("/profile");
        phone.sees("Password");
        phone.noSidewaysScroll("the profile page");
        @SuppressWarnings("unchecked")
        var buttons = (List<Number>)
                phone.script(
                        "return [...document.querySelectorAll('.form-actions vaadin-button')].map(b => b.getBoundingClientRect().width);");
        assertThat(buttons).isNotEmpty().allSatisfy(width -> assertThat(width.doubleValue())
                .as("a profile button sized to its words, not the card")
                .isLessThan(300));
        phone.checkView("the profile page");
        phone.screenshot("profile-phone");

        phone.open("/clubs/" + slug);
        phone.sees("Club settings");
        @SuppressWarnings("unchecked")
        var title = (Map<String, Object>)
                phone.script(
                        """
                const h1 = document.querySelector('.club-header h1').getBoundingClientRect();
                const badge = document.querySelector('.club-header .role-badge').getBoundingClientRect();
                return {beside: badge.left >= h1.right - 1 && badge.top < h1.bottom, h1Left: h1.left,
                  badgeRight: badge.right};""");
        System.out.println("Club home title on a phone: " + title);
        assertThat(title.get("beside"))
                .as("the Host badge beside the club's name, not alone below it")
                .isEqualTo(true);
        assertThat(((Number) title.get("h1Left")).doubleValue()).isGreaterThanOrEqualTo(16);
        assertThat(((Number) title.get("badgeRight")).doubleValue()).isLessThanOrEqualTo(390 - 16);
        phone.noSidewaysScroll("the club home");

        phone.open("/clubs/" + slug + "/settings");
        phone.sees("Invite members");
        phone.noSidewaysScroll("the club settings");
        phone.checkView("the club settings");
        phone.screenshot("club-settings-phone");
    }

    @Test
    void the_essay_preview_scrolls_to_its_footnotes_on_a_laptop_and_takes_turns_with_the_source_on_a_phone() {
        var writer = newMember("Wren Writer");
        var slug = newClub(writer);
        loginAs(writer);
        var film = films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
        var essay = essays.start(slug, film);
        var text = new StringBuilder("## The voice\n\n");
        for (var i = 1; i <= 12; i++) {
            text.append("A long paragraph about the voice in the ear, number ")
                    .append(i)
                    .append(", which goes on for a while so that the preview has to scroll.[^")
                    .append(i)
                    .append("]\n\n");
        }
        for (var i = 1; i <= 12; i++) {
            text.append("[^").append(i).append("]: Footnote number ").append(i).append(".\n");
        }
        essays.saveDraft(slug, essay, text.toString(), 0);
        logout();
        var editor = "/clubs/" + slug + "/films/" + film + "/essays/" + essay + "/edit";

        openBrowser(1280, 800);
        logIn(writer.username(), PASSWORD);
        member.open(editor);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.className("essay-preview"), "Footnote number 12."));
        @SuppressWarnings("unchecked")
        var pane = (Map<String, Object>)
                member.script(
                        """
                const preview = document.querySelector('.essay-preview');
                preview.scrollTop = preview.scrollHeight;
                const last = [...preview.querySelectorAll('.footnotes li')].pop().getBoundingClientRect();
                const box = preview.getBoundingClientRect();
                return {overflow: getComputedStyle(preview).overflowY, scrolls: preview.scrollHeight > preview.clientHeight,
                  lastInside: last.bottom <= box.bottom + 1 && last.top >= box.top - 1,
                  tabs: getComputedStyle(document.querySelector('.editor-switch')).display};""");
        System.out.println("Essay preview on a laptop: " + pane);
        assertThat(pane.get("overflow")).isEqualTo("auto");
        assertThat(pane.get("scrolls")).isEqualTo(true);
        assertThat(pane.get("lastInside"))
                .as("the last footnote, scrolled to, is inside the pane")
                .isEqualTo(true);
        assertThat(pane.get("tabs"))
                .as("no Write / Preview switch where both panes fit")
                .isEqualTo("none");
        screenshot("essay-editor");

        var phone = keep(MemberBrowser.phone(port));
        phone.logIn(writer.username(), PASSWORD);
        phone.open(editor);
        phone.wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-text-area.essay-source")));
        assertThat(phone.driver.findElement(By.className("essay-preview")).isDisplayed())
                .isFalse();
        phone.click(phone.driver.findElement(By.xpath("//vaadin-tab[normalize-space()='Preview']")));
        phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("essay-preview")));
        assertThat(phone.driver
                        .findElement(By.cssSelector("vaadin-text-area.essay-source"))
                        .isDisplayed())
                .isFalse();
        phone.noSidewaysScroll("the essay preview on a phone");
        phone.checkView("the essay editor");
        phone.screenshot("essay-editor-phone");
    }
}
