package org.filmclub.base.mail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmclub.base.PlainText;
import org.springframework.web.util.HtmlUtils;

/**
 * A mail's subject, text and HTML with named placeholders, {@code {{name}}}, filled by {@link #render}
 * with every value escaped for where it lands: in the subject, one line (line breaks and control
 * characters become spaces); in the text, control characters but line breaks dropped; in the HTML,
 * also HTML-escaped, so a member's name or title can add no markup, link or header. The templates
 * themselves are the app's own, written as text blocks:
 *
 * <pre>{@code
 * static final MailTemplate RESET = MailTemplate.of(
 *         "Set a new password for {{username}}",
 *         """
 *         Hello {{name}},
 *         follow this link within 30 minutes: {{link}}
 *         """,
 *         """
 *         <p>Hello {{name}},</p>
 *         <p><a href="{{link}}">Set a new password</a> within 30 minutes.</p>
 *         """);
 * MailContent content = RESET.render(Map.of("username", u, "name", n, "link", url));
 * }</pre>
 *
 * A list, such as the replies in one mail, is a section, {@code {{#items}}…{{/items}}}, written once per
 * entry: its value is a {@code List<Map<String, ?>>} whose maps fill the placeholders inside it, escaped
 * the same way. Sections do not nest, and a section's placeholders are its own.
 *
 * <p>Every placeholder needs a value and every value a placeholder; a template that breaks this is a
 * mistake in the code, refused with {@link IllegalArgumentException}. A subject longer than {@link
 * MailLimits#SUBJECT} is cut short with an ellipsis.
 */
public final class MailTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z][a-zA-Z0-9]*)}}");
    private static final Pattern SECTION =
            Pattern.compile("\\{\\{#([a-zA-Z][a-zA-Z0-9]*)}}(.*?)\\{\\{/\\1}}", Pattern.DOTALL);
    private static final Pattern SECTION_OR_PLACEHOLDER =
            Pattern.compile(SECTION.pattern() + "|" + PLACEHOLDER.pattern(), Pattern.DOTALL);

    private final String subject;
    private final String text;
    private final String html;
    private final Set<String> names;

    private MailTemplate(String subject, String text, String html) {
        this.subject = subject;
        this.text = text;
        this.html = html;
        this.names = new LinkedHashSet<>();
        for (var part : new String[] {subject, text, html}) {
            SECTION.matcher(part).results().forEach(m -> names.add(m.group(1)));
            PLACEHOLDER.matcher(SECTION.matcher(part).replaceAll("")).results().forEach(m -> names.add(m.group(1)));
        }
    }

    public static MailTemplate of(String subject, String text, String html) {
        return new MailTemplate(subject, text, html);
    }

    /** The mail with each {@code {{name}}} replaced by its value, escaped (see the class). */
    public MailContent render(Map<String, ?> values) {
        if (!values.keySet().equals(names)) {
            throw new IllegalArgumentException(
                    "The template's placeholders are " + names + ", the values given " + values.keySet());
        }
        var filledSubject = fill(subject, values, PlainText::oneLine).strip();
        if (filledSubject.length() > MailLimits.SUBJECT) {
            filledSubject = filledSubject.substring(0, MailLimits.SUBJECT - 1) + "…";
        }
        return new MailContent(
                filledSubject,
                fill(text, values, PlainText::lines),
                fill(html, values, value -> HtmlUtils.htmlEscape(PlainText.lines(value), "UTF-8")));
    }

    /** One pass, so a value is never read as a template: "{{name}}" typed by a member stays as typed. */
    private static String fill(String template, Map<String, ?> values, UnaryOperator<String> escape) {
        return SECTION_OR_PLACEHOLDER.matcher(template).replaceAll(m -> {
            if (m.group(3) != null) {
                return Matcher.quoteReplacement(value(values, m.group(3), escape));
            }
            var entries = new StringBuilder();
            for (var entry : entries(m.group(1), values.get(m.group(1)))) {
                entries.append(PLACEHOLDER
                        .matcher(m.group(2))
                        .replaceAll(p -> Matcher.quoteReplacement(value(entry, p.group(1), escape))));
            }
            return Matcher.quoteReplacement(entries.toString());
        });
    }

    private static String value(Map<?, ?> values, String name, UnaryOperator<String> escape) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("No value for {{" + name + "}}");
        }
        return escape.apply(String.valueOf(values.get(name)));
    }

    private static List<Map<?, ?>> entries(String section, Object value) {
        if (!(value instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
            throw new IllegalArgumentException("The section " + section + " needs a list of maps");
        }
        return list.stream().<Map<?, ?>>map(Map.class::cast).toList();
    }
}
