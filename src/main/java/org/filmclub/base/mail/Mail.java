package org.filmclub.base.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One mail to one member, for {@link MailOutbox#enqueue}. Start with {@link #to} and add what it
 * needs:
 *
 * <pre>{@code
 * outbox.enqueue(Mail.to(address, member.displayName(), content, "screening")
 *         .withHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
 *         .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
 *         .withCalendar(CalendarMethod.REQUEST, ics)
 *         .withKey("screening-reminder:" + screeningId + ":" + memberId));
 * }</pre>
 *
 * @param to the address, alone ({@code ana@example.org}, not {@code Ana <ana@example.org>})
 * @param toName the recipient's name as the mail program shows it, or null
 * @param kind what sort of mail this is ({@code password-reset}, {@code screening}): lower case
 *     letters, digits and dashes, for logs and for the member's choices
 * @param headers extra headers: {@code List-*}, {@code X-*}, {@code Auto-Submitted}, {@code
 *     Precedence}, {@code In-Reply-To}, {@code References}
 * @param calendar an iCalendar entry sent along as {@code text/calendar} and as an {@code .ics}
 *     attachment, or null
 * @param key an idempotency key: a second mail with a key already stored is dropped, or null
 */
public record Mail(
        String to,
        @Nullable String toName,
        MailContent content,
        String kind,
        Map<String, String> headers,
        @Nullable Calendar calendar,
        @Nullable String key) {

    public enum CalendarMethod {
        REQUEST,
        CANCEL
    }

    /** An iCalendar file whose {@code METHOD} property says the same as {@code method}. */
    public record Calendar(CalendarMethod method, String ics) {}

    public Mail {
        headers = Map.copyOf(headers);
    }

    public static Mail to(String address, @Nullable String name, MailContent content, String kind) {
        return new Mail(address, name, content, kind, Map.of(), null, null);
    }

    public Mail withHeader(String name, String value) {
        var more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Mail(to, toName, content, kind, more, calendar, key);
    }

    public Mail withCalendar(CalendarMethod method, String ics) {
        return new Mail(to, toName, content, kind, headers, new Calendar(method, ics), key);
    }

    public Mail withKey(String idempotencyKey) {
        return new Mail(to, toName, content, kind, headers, calendar, idempotencyKey);
    }
}
