package org.filmclub.member;

import org.filmclub.base.PlainText;
import org.filmclub.base.mail.Mail;
import org.filmclub.base.mail.MailContent;
import org.jspecify.annotations.Nullable;

/**
 * A member who wants mail of a kind, at their verified address, as {@link MemberMail} finds them.
 *
 * @param name the member's display name
 * @param unsubscribeUrl the signed one-click link that turns the kind off, for the kinds a member can turn
 *     off; null for the others, and when no absolute link can be made (no public address set)
 */
public record MailRecipient(long memberId, String address, String name, @Nullable String unsubscribeUrl) {

    /**
     * A Mail to this member; for kinds a member can turn off it carries List-Unsubscribe ({@code
     * <unsubscribeUrl>}) and List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058).
     */
    public Mail mail(MailContent content, MailKind kind) {
        var mail = Mail.to(address, PlainText.oneLine(name), content, kind.key());
        if (kind.optional() && unsubscribeUrl != null) {
            mail = mail.withHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
                    .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mail;
    }
}
