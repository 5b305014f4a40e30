package org.filmclub.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever a member typed lands in a mail as text: no markup, no link, no header, no extra line in the subject. */
class MailTemplateTest {

    static final MailTemplate INVITE = MailTemplate.of(
            "{{host}} invites you to {{club}}",
            """
            Hello {{name}},
            {{host}} invites you to {{club}}: {{link}}
            """,
            """
            <p>Hello {{name}},</p>
            <p>{{host}} invites you to <a href="{{link}}">{{club}}</a>.</p>
            """);

    @Test
    void values_are_html_escaped_in_the_html_part() {
        var content = INVITE.render(Map.of(
                "name", "<script>alert(1)</script>",
                "host", "Ana \"the host\" & co",
                "club", "<a href='https://evil.example'>Free tickets</a>",
                "link", "https://filmclub.example/join/abc?x=1&y=2"));

        assertThat(content.html())
                .doesNotContain("<script", "<a href='https://evil.example'")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Ana &quot;the host&quot; &amp; co")
                .contains("&lt;a href=&#39;https://evil.example&#39;&gt;Free tickets&lt;/a&gt;")
                .contains("<a href=\"https://filmclub.example/join/abc?x=1&amp;y=2\">");
    }

    @Test
    void the_text_part_keeps_line_breaks_but_drops_other_control_characters() {
        var content = INVITE.render(
                Map.of("name", "Ben\u0007\u001b[31m", "host", "Ana\r\nBcc: x", "club", "Club", "link", "https://x"));

        assertThat(content.text()).startsWith("Hello Ben[31m,\nAna\nBcc: x invites you to Club: https://x\n");
        assertThat(content.text()).doesNotContain("\r", "\u0007", "\u001b");
    }

    @Test
    void the_subject_is_one_line_whatever_the_values_hold() {
        var content = INVITE.render(Map.of(
                "name", "Ben", "host", "Ana\r\nBcc: victim@example.org", "club", "Club\u2028X", "link", "https://x"));

        assertThat(content.subject()).isEqualTo("Ana Bcc: victim@example.org invites you to Club X");
    }

    @Test
    void a_subject_too_long_is_cut_short_with_an_ellipsis() {
        var content = INVITE.render(Map.of("name", "Ben", "host", "A".repeat(500), "club", "Club", "link", "x"));

        assertThat(content.subject()).hasSize(MailLimits.SUBJECT).endsWith("…");
    }

    @Test
    void a_placeholder_without_a_value_or_a_value_without_a_placeholder_is_a_mistake() {
        assertThatThrownBy(() -> INVITE.render(Map.of("name", "Ben", "host", "Ana", "club", "Club")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        INVITE.render(Map.of("name", "Ben", "host", "Ana", "club", "Club", "link", "x", "extra", "y")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_value_that_looks_like_a_placeholder_stays_as_typed() {
        var content = INVITE.render(Map.of("name", "{{link}} $1 \\", "host", "Ana", "club", "Club", "link", "L"));

        assertThat(content.text()).startsWith("Hello {{link}} $1 \\,");
    }

    @Test
    void a_section_is_written_once_per_entry_each_escaped_like_any_value() {
        var list = MailTemplate.of(
                "{{count}} new",
                "{{#items}}- {{who}}: {{excerpt}}\n{{/items}}That is all.",
                "<ul>{{#items}}<li>{{who}}: {{excerpt}}</li>{{/items}}</ul>");

        var content = list.render(Map.of(
                "count",
                2,
                "items",
                java.util.List.of(
                        Map.of("who", "Ana", "excerpt", "<img src=x onerror=alert(1)>"),
                        Map.of("who", "Ben\r\nBcc: x@evil.example", "excerpt", "{{count}} & more"))));

        assertThat(content.text())
                .isEqualTo(
                        "- Ana: <img src=x onerror=alert(1)>\n- Ben\nBcc: x@evil.example: {{count}} & more\nThat is all.");
        assertThat(content.html())
                .isEqualTo("<ul><li>Ana: &lt;img src=x onerror=alert(1)&gt;</li>"
                        + "<li>Ben\nBcc: x@evil.example: {{count}} &amp; more</li></ul>");
        assertThat(list.render(Map.of("count", 0, "items", java.util.List.of())).html())
                .isEqualTo("<ul></ul>");
        assertThatThrownBy(() -> list.render(Map.of("count", 1, "items", "not a list")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
