package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A club's host and one member, each at their own browser, going through what a club does with a
 * film: the host adds it and publishes an essay, both talk about it live, both ask and vote
 * questions. The same steps run on laptops and on phones; every view they reach is checked with
 * axe-core and, on a phone, for sideways scrolling.
 */
final class ClubJourney {

    record Person(String username, String name, String password) {}

    final MemberBrowser host;
    final MemberBrowser member;
    final Person hostPerson;
    final Person memberPerson;
    final String slug;
    String filmTitle;
    String filmPath;

    ClubJourney(MemberBrowser host, Person hostPerson, MemberBrowser member, Person memberPerson, String slug) {
        this.host = host;
        this.member = member;
        this.hostPerson = hostPerson;
        this.memberPerson = memberPerson;
        this.slug = slug;
    }

    /** Journey 2: the host adds a film and publishes an essay; the member reads it. */
    void hostAddsFilmAndPublishesAnEssay() {
        filmTitle = "Stalker";
        host.open("/clubs/" + slug);
        host.press("Add a film");
        host.focusIsIn("Title");
        host.type("Title", filmTitle);
        host.type("Director", "Andrei Tarkovsky");
        host.type("Year", "1979");
        host.type("Runtime (minutes)", "162");
        host.type("Short synopsis", "A guide leads two men through the Zone to a room that grants wishes.");
        host.checkView("the add-a-film dialog");
        host.submitDialog("Add film");
        host.wait.until(ExpectedConditions.urlContains("/films/"));
        filmPath = host.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        host.sees("directed by Andrei Tarkovsky");
        host.checkView("the film page");

        host.press("Write an essay");
        var source = host.wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-area.essay-source textarea")));
        source.sendKeys("## The room\n\nNobody *enters* it -- and that is the point.\n\n> Let everything that's been "
                + "planned come true.\n\n- the dog\n- the well\n- the telephone");
        // On a phone the preview takes turns with the source; on a laptop both show side by side.
        if (host.phone) {
            host.showTab("Preview");
        }
        host.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'essay-preview')]//h2[normalize-space()='The room']")));
        host.checkView("the essay editor");
        if (host.phone) {
            host.showTab("Write");
            host.wait.until(ExpectedConditions.visibilityOf(source));
        }
        // Publishing from the keyboard: Ctrl+Enter in the editor.
        source.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        host.wait.until(ExpectedConditions.urlMatches(".*/films/\\d+$"));
        host.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[@class='essay-body']/h2[normalize-space()='The room']")));

        member.open(filmPath);
        var essay = member.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("essay-body")));
        assertThat(essay.getText())
                .contains(
                        "Nobody enters it – and that is the point.",
                        "Let everything that’s been planned come true.",
                        "the telephone");
        assertThat(essay.findElement(By.tagName("em")).getText()).isEqualTo("enters");
        assertThat(member.text()).contains(hostPerson.name(), "min read", filmTitle);
        member.checkView("the film page with an essay");
    }

    /** Journey 3: a message, a reply, a spoiler and a mention go back and forth live between both screens. */
    void bothTalkLiveOnTheFilmPage() {
        // The discussion has a tab of its own: beside the essay on a laptop, instead of it on a phone.
        host.open(filmPath);
        host.showTab("Discussion");
        host.wait.until(ExpectedConditions.elementToBeClickable(MemberBrowser.COMPOSER));
        member.open(filmPath);
        member.showTab("Discussion");
        member.wait.until(ExpectedConditions.elementToBeClickable(MemberBrowser.COMPOSER));

        var question = "Is the Zone real?";
        member.send(question);
        host.seesMessage(question);
        host.wait.until(
                d -> host.script("return document.querySelector('.discussion .visually-hidden[aria-live=polite]')"
                                + ".textContent")
                        .equals("New message from " + memberPerson.name()));

        // From the composer, Shift+Tab goes back up to the message's Reply button, and Enter answers it.
        host.pressFrom(
                host.driver.findElement(MemberBrowser.COMPOSER),
                "the Reply button of the message",
                "this.getAttribute('aria-label') === " + jsString("Reply to " + memberPerson.name()),
                true,
                Keys.ENTER);
        host.sees("Replying to " + memberPerson.name());
        var reply = "As real as the room.";
        host.send(reply);
        member.seesMessage(reply);
        var replyRow = member.message(reply);
        assertThat(replyRow.getAttribute("class")).contains("reply");
        assertThat(replyRow.getAttribute("textContent")).contains("↑ " + memberPerson.name(), hostPerson.name());

        var spoiler = "The ending: ||the girl moves the glass||";
        member.send(spoiler);
        var hidden = host.message("the girl moves the glass").findElement(By.cssSelector(".spoiler"));
        assertThat(hidden.getText()).isEqualTo("the girl moves the glass");
        assertThat(hidden.getCssValue("filter")).contains("blur");

        var mention = "@" + hostPerson.username() + " what did the telephone mean?";
        member.send(mention);
        var called = host.message("what did the telephone mean").findElement(By.cssSelector(".mention"));
        assertThat(called.getText()).isEqualTo("@" + hostPerson.username());
        host.wait.until(ExpectedConditions.textToBe(By.className("bell-count"), "1"));
        host.screenshot(host.phone ? "discussion-phone" : "discussion-live");
        member.checkView("the film page with a discussion");

        // The host opens the bell (from the keyboard on a laptop) and follows the mention to its message.
        var bell = host.wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".notification-bell vaadin-button")));
        if (host.phone) {
            host.click(bell);
        } else {
            host.pressFrom(
                    bell,
                    "the bell",
                    "this.classList.contains('notification-bell') || !!this.closest('.notification-bell')",
                    false,
                    Keys.ENTER);
        }
        var mentioned = host.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[contains(@class,'notification-list')]//a[contains(., 'mentioned you')]")));
        // Tab from the bell into the open list is walked below; a walk from the top of the page would close it.
        host.checkReadable("the notifications");
        if (host.phone) {
            host.click(mentioned);
        } else {
            host.pressFrom(
                    bell,
                    "the mention in the notifications",
                    "this.getAttribute('aria-label')?.startsWith('Unread: ')",
                    false,
                    Keys.ENTER);
        }
        host.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.className("bell-count")));
        host.wait.until(ExpectedConditions.urlMatches(Pattern.quote(filmPath) + "\\?message=\\d+$"));
    }

    /**
     * Journey 4: both propose and vote questions, the host marks one now discussing from the keyboard, and both
     * boards agree.
     */
    void bothAskAndVoteQuestions() {
        var first = "Why does the Stalker weep at the threshold?";
        var second = "What does the dog want from them?";
        // The board shares the side of the page with the discussion: each opens it with its tab.
        host.showTab("Questions");
        member.showTab("Questions");
        host.press("Ask a question");
        host.type("Your question", first);
        host.press("Ask");
        member.sees(first);
        // The member asks from the keyboard: Enter on the board's button, the question typed where the dialog put
        // the focus, and Ctrl+Enter.
        member.pressFrom(
                member.button("Ask a question"),
                "the Ask a question button",
                "this.textContent.trim() === 'Ask a question'",
                false,
                Keys.ENTER);
        member.focusIsIn("Your question");
        member.checkView("the ask-a-question dialog");
        member.keys(second);
        member.submitDialog("Ask");
        host.sees(second);

        // The host has the focus on the first question's vote button when the member's vote redraws that question:
        // the focus stays on its button, and the host's Enter votes.
        tabToVote(host, first);
        voteFromTheKeyboard(member, first, " ");
        host.wait.until(d -> voteOf(host, first).equals("▲ 1"));
        host.keys(Keys.ENTER);
        host.wait.until(d -> voteOf(host, first).equals("▲ 2"));
        assertThat(voteButton(host, first).getAttribute("aria-pressed")).isEqualTo("true");
        member.wait.until(d -> voteOf(member, first).equals("▲ 2"));
        member.click(voteButton(member, second));
        host.wait.until(d -> voteOf(host, second).equals("▲ 1"));

        // From the board's first button, Tab reaches the host's Discuss now for the question, and Enter presses it.
        host.pressFrom(
                host.button("Ask a question"),
                "the Discuss now button of " + first,
                "this.getAttribute('aria-label') === " + jsString("Discuss now: " + first),
                false,
                Keys.ENTER);
        for (var screen : List.of(host, member)) {
            screen.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".now-discussing-slot"), first));
            // Above the discussion too, for whoever is reading the messages rather than the board.
            screen.showTab("Discussion");
            screen.wait.until(d -> ((String)
                            screen.script(
                                    "const b = document.querySelector('.discussion .now-discussing-banner');"
                                            + "return b && b.checkVisibility({visibilityProperty: true}) ? b.textContent : '';"))
                    .equals("Now discussing: " + first));
            screen.showTab("Questions");
        }
        member.wait.until(d -> board(member).equals(board(host)));
        assertThat(board(member)).containsExactly("now: ▲ 2 " + first, "open: ▲ 1 " + second);
        member.checkView("the film page with questions");
        member.screenshot(member.phone ? "question-board-phone" : "question-board");
    }

    private static WebElement voteButton(MemberBrowser screen, String question) {
        return screen.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(@class,'vote') and contains(@aria-label,'" + question + "')]")));
    }

    private static String voteOf(MemberBrowser screen, String question) {
        return (String) screen.script(
                "const b = [...document.querySelectorAll('.question-board vaadin-button.vote')]"
                        + ".find(b => b.getAttribute('aria-label').includes(arguments[0])); return b ? b.textContent.trim() : '';",
                question);
    }

    /** From the board's first button, Tab reaches the question's vote button, and the key votes. */
    private static void voteFromTheKeyboard(MemberBrowser screen, String question, CharSequence key) {
        var before = voteOf(screen, question);
        assertThat(voteButton(screen, question).getAttribute("aria-pressed")).isEqualTo("false");
        tabToVote(screen, question);
        screen.keys(key);
        screen.wait.until(d -> !voteOf(screen, question).equals(before));
        screen.wait.until(d -> "true".equals(voteButton(screen, question).getAttribute("aria-pressed")));
    }

    /** From the board's first button, Tab reaches the question's vote button. */
    private static void tabToVote(MemberBrowser screen, String question) {
        screen.tabFrom(
                screen.button("Ask a question"),
                "the vote button of " + question,
                "this.classList.contains('vote') && this.getAttribute('aria-label').includes(" + jsString(question)
                        + ")",
                false);
    }

    /** The board as a member reads it: where each question stands, its votes and its text. */
    @SuppressWarnings("unchecked")
    static List<String> board(MemberBrowser screen) {
        return (List<String>)
                screen.script(
                        """
                return [...document.querySelectorAll('.question-board li.question')].map(q =>
                  (q.closest('.now-discussing') ? 'now: ' : q.closest('details') ? 'done: ' : 'open: ')
                  + q.querySelector('.vote').textContent.trim() + ' ' + q.querySelector('.question-body p').textContent.trim());""");
    }

    static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
