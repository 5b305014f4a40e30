package org.filmclub.base.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a mail that could not be sent as it is, or that could break out of its header: a control
 * character (CR and LF above all) anywhere that reaches a header is refused, not cleaned, since the
 * caller should have made it one line already.
 */
final class MailChecks {

    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\u0085\u2028\u2029]");
    private static final Pattern KIND = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern HEADER_NAME =
            Pattern.compile("(?i)(List-|X-)[A-Za-z0-9-]{1,60}|Auto-Submitted|Precedence|In-Reply-To|References");

    private MailChecks() {}

    static void check(Mail mail) {
        var errors = new LinkedHashMap<String, String>();
        address(mail.to(), errors);
        line("toName", mail.toName(), MailLimits.NAME, errors);
        line("subject", mail.content().subject(), MailLimits.SUBJECT, errors);
        if (mail.content().subject().isBlank()) {
            errors.putIfAbsent("subject", "A mail needs a subject.");
        }
        length("text", mail.content().text(), MailLimits.TEXT, errors);
        length("html", mail.content().html(), MailLimits.HTML, errors);
        if (!KIND.matcher(mail.kind()).matches()) {
            errors.put("kind", "A mail's kind is lower case letters, digits and dashes.");
        }
        line("key", mail.key(), MailLimits.KEY, errors);
        headers(mail.headers(), errors);
        if (mail.calendar() != null) {
            length("calendar", mail.calendar().ics(), MailLimits.CALENDAR, errors);
            if (!mail.calendar().ics().contains("METHOD:" + mail.calendar().method())) {
                errors.put(
                        "calendar",
                        "The calendar entry's METHOD must be " + mail.calendar().method() + ".");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void address(String to, Map<String, String> errors) {
        if (to.length() > MailLimits.ADDRESS
                || CONTROLS.matcher(to).find()
                || !to.chars().allMatch(c -> c > 32 && c < 127)) {
            errors.put("to", "That is not an email address.");
            return;
        }
        try {
            var parsed = new InternetAddress(to, true);
            parsed.validate();
            var domain = to.substring(to.lastIndexOf('@') + 1);
            // A domain another server can reach: a name with a dot, not an IP literal nor a bare host name.
            var reachable = domain.contains(".") && !domain.endsWith(".") && !domain.startsWith("[");
            if (!to.equals(parsed.getAddress()) || parsed.isGroup() || !reachable) {
                errors.put("to", "That is not an email address.");
            }
        } catch (AddressException | StringIndexOutOfBoundsException e) {
            errors.put("to", "That is not an email address.");
        }
    }

    private static void headers(Map<String, String> headers, Map<String, String> errors) {
        if (headers.size() > MailLimits.HEADERS) {
            errors.put("headers", "A mail can have at most " + MailLimits.HEADERS + " extra headers.");
        }
        headers.forEach((name, value) -> {
            if (!HEADER_NAME.matcher(name).matches()) {
                errors.put(
                        "headers",
                        "A mail cannot set the header "
                                + PlainText.oneLine(name.length() > 60 ? name.substring(0, 60) : name) + ".");
            }
            line("headers", value, MailLimits.HEADER_VALUE, errors);
        });
    }

    private static void line(String field, @Nullable String value, int max, Map<String, String> errors) {
        if (value == null) {
            return;
        }
        if (CONTROLS.matcher(value).find()) {
            errors.putIfAbsent(field, "A line break or control character cannot go into a mail's header.");
        }
        length(field, value, max, errors);
    }

    private static void length(String field, String value, int max, Map<String, String> errors) {
        if (value.length() > max) {
            errors.putIfAbsent(field, "At most " + max + " characters; this has " + value.length() + ".");
        }
    }
}
