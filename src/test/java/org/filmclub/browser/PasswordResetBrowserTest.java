package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import org.filmclub.member.AccountInbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A member who forgot their password gets back in with the link mailed to them, in a real Chromium. */
class PasswordResetBrowserTest extends BrowserTest {

    @Autowired
    GreenMail smtp;

    @Test
    void forgot_password_then_the_mailed_link_sets_a_new_one_and_the_member_logs_in_with_it() {
        var inbox = new AccountInbox(smtp);
        var person = newMember("Rita Reset");
        var address = person.username() + "@example.org";
        memberService.verifyAddress(inbox.awaitLink(address, 1).token());

        openBrowser(1280, 800);
        member.open("/login");
        member.click(wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Forgot your password?"))));
        member.sees("Type the email address you confirmed");
        member.type("Email address or username", address);
        member.press("Mail me a link");
        member.sees("a link to set a new password is on its way there");
        member.checkView("the forgotten password page");

        var link = inbox.awaitLink(address, 2);
        assertThat(link.url()).startsWith(url("/reset-password/"));
        browser.get(link.url());
        member.sees("Choose a new password");
        member.checkView("the new password page");
        member.type("New password", "a password I will remember");
        member.press("Set new password");
        wait.until(ExpectedConditions.urlContains("/login"));
        member.sees("Your new password is set");

        member.logIn(person.username(), "a password I will remember");
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");

        browser.get(link.url());
        member.sees("This link no longer works");
    }
}
