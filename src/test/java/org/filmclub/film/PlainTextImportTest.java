package org.filmclub.film;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.filmclub.base.InvalidInputException;
import org.filmclub.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextImportTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Element imported(String plainText) {
        var html = renderer.preview(PlainTextImport.toMarkdown(plainText));
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void utf8_is_decoded() {
        assertThat(PlainTextImport.decodeUtf8("Café “Her” – 🙂".getBytes(UTF_8)))
                .isEqualTo("Café “Her” – 🙂");
    }

    @Test
    void a_byte_order_mark_is_dropped() {
        var bytes = "\uFEFFHer".getBytes(UTF_8);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(PlainTextImport.decodeUtf8(bytes)).isEqualTo("Her");
    }

    @Test
    void windows_and_old_mac_line_ends_become_newlines() {
        assertThat(PlainTextImport.decodeUtf8("one\r\ntwo\rthree\n".getBytes(UTF_8)))
                .isEqualTo("one\ntwo\nthree\n");
    }

    @Test
    void text_that_is_not_utf8_is_refused() {
        assertThatThrownBy(() -> PlainTextImport.decodeUtf8("café".getBytes(ISO_8859_1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("That file is not UTF-8 text. Save it as UTF-8 and try again.")
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("body", "That file is not UTF-8 text. Save it as UTF-8 and try again."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "# not a heading",
                "###### nor this",
                "> not a quote",
                "- not a list",
                "+ not a list",
                "* not a list",
                "1. not a list",
                "1) not a list",
                "2013. The year of Her",
                "Not a heading\n=====",
                "Not a heading either\n-",
                "***",
                "___",
                "| Film | Year |\n|:-:|:-:|\n| Her | 2013 |",
                "a *starred* and _underlined_ word",
                "two**stars**inside",
                "`not code`",
                "```\nnot a fence\n```",
                "~~~\nnor this\n~~~",
                "~~not struck~~ and a ~ tilde",
                "[not a link](https://example.com) and [^1] not a footnote",
                "![not an image](https://example.com/x.png)",
                "[^1]: not a footnote either",
                "<b>not bold</b> and <https://example.com>",
                "C:\\Films\\Her \\ and a trailing backslash\\",
                "&amp; &copy; &#169; &#xA9; stay as written, & alone too",
                "Theo = Joaquin, Samantha > Theo < OS",
                "<<not guillemets>>",
            })
    void markdown_characters_read_exactly_as_written(String plainText) {
        var root = imported(plainText);
        assertThat(root.select("*")).allMatch(e -> e == root || e.nameIs("p") || e.nameIs("br") || e.nameIs("a"));
        assertThat(root.children()).hasSize(1);
        assertThat(String.join("\n", MarkdownRendererTest.linesOf(root.child(0))))
                .isEqualTo(plainText);
    }

    @Test
    void indentation_never_makes_a_code_block() {
        var root = imported("    four spaces\n\ta tab\n\n        eight spaces");
        assertThat(root.select("pre, code")).isEmpty();
        assertThat(root.select("p").eachText()).containsExactly("four spaces a tab", "eight spaces");
    }

    @Test
    void blank_lines_separate_paragraphs_and_single_line_breaks_stay() {
        var root = imported("first\nsecond\n\n \n\nthird\n");
        assertThat(root.select("p")).hasSize(2);
        assertThat(MarkdownRendererTest.linesOf(root.child(0))).containsExactly("first", "second");
    }

    @Test
    void urls_with_underscores_stay_clickable() {
        var links = imported("See https://en.wikipedia.org/wiki/Her_(film) and www.example.com/new_films_2013, ok?")
                .select("a");
        assertThat(links.eachAttr("href"))
                .containsExactly("https://en.wikipedia.org/wiki/Her_(film)", "http://www.example.com/new_films_2013");
        assertThat(links.eachText())
                .containsExactly("https://en.wikipedia.org/wiki/Her_(film)", "www.example.com/new_films_2013");
    }

    @Test
    void emoji_curly_quotes_and_dashes_pass_through_untouched() {
        var text = "“Her” – a film ‘about’ us — 🙂…";
        assertThat(PlainTextImport.toMarkdown(text)).isEqualTo(text);
    }
}
