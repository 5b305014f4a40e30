package org.filmclub.film;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.film.Dialect.EXTERNAL_REL;

import java.util.ArrayList;
import org.filmclub.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MessageRenderingTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** The single root element, after checking it is the only one. */
    private static Element render(String text) {
        return Dialect.MESSAGE.render(text);
    }

    /** What the member sees, markup aside, with line breaks as they show. */
    private String textOf(String text) {
        return render(text).wholeText();
    }

    @Test
    void emphasis_and_strong() {
        var root = render("an *odd* and _quiet_, **loud** and __bold__ film");
        assertThat(root.select("em").eachText()).containsExactly("odd", "quiet");
        assertThat(root.select("strong").eachText()).containsExactly("loud", "bold");
    }

    @Test
    void external_link_opens_elsewhere_and_passes_no_credit() {
        var link = render("[the trailer](https://example.com/her)").selectFirst("a");
        assertThat(link.text()).isEqualTo("the trailer");
        assertThat(link.attr("href")).isEqualTo("https://example.com/her");
        assertThat(link.attr("rel")).isEqualTo(EXTERNAL_REL);
        assertThat(link.attr("target")).isEqualTo("_blank");
    }

    @Test
    void spoiler_may_hide_a_bare_url() {
        var link = render("||https://example.com/her||").selectFirst("span.spoiler > a");
        assertThat(link.attr("href")).isEqualTo("https://example.com/her");
        assertThat(link.attr("rel")).isEqualTo(EXTERNAL_REL);
        assertThat(link.parent().text()).isEqualTo("https://example.com/her");
    }

    @Test
    void javascript_link_is_only_text() {
        var root = render("[click](javascript:alert(1))");
        assertThat(root.select("a")).isEmpty();
        assertThat(root.text()).isEqualTo("click");
    }

    @Test
    void every_line_stays_a_line() {
        var paragraph = render("first\nsecond\nthird").selectFirst("p");
        assertThat(MarkdownRendererTest.linesOf(paragraph)).containsExactly("first", "second", "third");
    }

    @Test
    void quotes_and_dashes_stay_as_typed() {
        assertThat(render("\"Her\" -- it's...").text()).isEqualTo("\"Her\" -- it's...");
    }

    @Test
    void heading_stays_text() {
        var root = render("# hi\nand\n===");
        assertThat(root.select("h1, h2")).isEmpty();
        assertThat(MarkdownRendererTest.linesOf(root.selectFirst("p"))).containsExactly("# hi", "and", "===");
    }

    @Test
    void lists_stay_text() {
        var root = render("- item\n* other\n1. first");
        assertThat(root.select("ul, ol, li")).isEmpty();
        assertThat(MarkdownRendererTest.linesOf(root.selectFirst("p")))
                .containsExactly("- item", "* other", "1. first");
    }

    @Test
    void block_quote_stays_text() {
        var root = render("> quote");
        assertThat(root.select("blockquote")).isEmpty();
        assertThat(root.text()).isEqualTo("> quote");
    }

    @Test
    void table_stays_text() {
        var root = render("| a | b |\n|---|---|\n| 1 | 2 |");
        assertThat(root.select("table")).isEmpty();
        assertThat(MarkdownRendererTest.linesOf(root.selectFirst("p")))
                .containsExactly("| a | b |", "|---|---|", "| 1 | 2 |");
    }

    @Test
    void thematic_break_stays_text() {
        var root = render("above\n\n---\n\n***");
        assertThat(root.select("hr")).isEmpty();
        assertThat(root.select("p").eachText()).containsExactly("above", "---", "***");
    }

    @Test
    void fenced_code_is_no_block() {
        // Without fences, three backticks open an ordinary code span, which keeps to one line.
        var root = render("```java\nvar x = a < b;\n```");
        assertThat(root.select("pre")).isEmpty();
        assertThat(root.select("p > code").eachText()).containsExactly("java var x = a < b;");
    }

    @Test
    void indented_code_is_no_block() {
        var root = render("    var x = 1;");
        assertThat(root.select("pre")).isEmpty();
        assertThat(root.text()).isEqualTo("var x = 1;");
    }

    @Test
    void image_stays_text() {
        var root = render("look ![x](https://example.com/a.png) here");
        assertThat(root.select("img, a")).isEmpty();
        assertThat(root.text()).isEqualTo("look ![x](https://example.com/a.png) here");
    }

    @Test
    void image_inside_a_link_becomes_the_link_text() {
        var link =
                render("[![x](https://example.com/a.png)](https://example.com)").selectFirst("a");
        assertThat(link.select("img")).isEmpty();
        assertThat(link.text()).isEqualTo("![x](https://example.com/a.png)");
    }

    @Test
    void footnote_stays_text() {
        var root = render("x[^1]\n\n[^1]: note");
        assertThat(root.select("sup, div div, [id]")).isEmpty();
        assertThat(root.select("p").eachText()).containsExactly("x[^1]", "[^1]: note");
    }

    @Test
    void reference_definition_stays_text() {
        var root = render("[x][y]\n\n[y]: https://example.com");
        assertThat(root.select("p").eachText()).containsExactly("[x][y]", "[y]: https://example.com");
    }

    @Test
    void html_stays_text() {
        var root = render("a <b>bold</b> claim\n\n<div onclick=\"x()\">block</div>");
        assertThat(root.select("b, div div")).isEmpty();
        assertThat(root.select("p").eachText())
                .containsExactly("a <b>bold</b> claim", "<div onclick=\"x()\">block</div>");
    }

    @Test
    void spoiler_is_hidden_until_chosen() {
        var spoiler = render("the ending: ||she leaves||!").selectFirst("p > span");
        assertThat(spoiler.className()).isEqualTo("spoiler");
        assertThat(spoiler.attr("tabindex")).isEqualTo("0");
        assertThat(spoiler.attr("tabindex")).isEqualTo("0");
        assertThat(spoiler.attr("title")).isEqualTo("Spoiler: select to reveal");
        assertThat(spoiler.text()).isEqualTo("she leaves");
        assertThat(spoiler.parent().text()).isEqualTo("the ending: she leaves!");
    }

    @Test
    void spoiler_may_hold_emphasis_and_links() {
        var spoiler = render("||she *leaves* [for good](https://example.com)||").selectFirst("span.spoiler");
        assertThat(spoiler.selectFirst("em").text()).isEqualTo("leaves");
        assertThat(spoiler.selectFirst("a").attr("rel")).isEqualTo(EXTERNAL_REL);
        assertThat(spoiler.text()).isEqualTo("she leaves for good");
    }

    @Test
    void spoiler_inside_emphasis() {
        assertThat(render("*a ||b|| c*").select("em > span.spoiler").eachText()).containsExactly("b");
    }

    @Test
    void two_spoilers_on_one_line() {
        var root = render("||one|| and ||two||");
        assertThat(root.select("span.spoiler").eachText()).containsExactly("one", "two");
        assertThat(root.text()).isEqualTo("one and two");
    }

    @Test
    void unclosed_spoiler_stays_text() {
        var root = render("a || b");
        assertThat(root.select("span")).isEmpty();
        assertThat(root.text()).isEqualTo("a || b");
    }

    @Test
    void spoiler_that_hides_nothing_stays_text() {
        var root = render("|||| and || ||");
        assertThat(root.select("span")).isEmpty();
        assertThat(root.text()).isEqualTo("|||| and || ||");
    }

    @Test
    void bars_in_code_stay_text() {
        var root = render("`a ||b|| c`");
        assertThat(root.select("span")).isEmpty();
        assertThat(root.selectFirst("code").text()).isEqualTo("a ||b|| c");
    }

    @Test
    void spoiler_does_not_cross_lines() {
        var root = render("||one\ntwo||");
        assertThat(root.select("span")).isEmpty();
        assertThat(MarkdownRendererTest.linesOf(root.selectFirst("p"))).containsExactly("||one", "two||");
    }

    @Test
    void spoiler_does_not_cross_an_element_edge() {
        var root = render("*a ||b* c||");
        assertThat(root.select("span")).isEmpty();
        assertThat(root.text()).isEqualTo("a ||b c||");
    }

    @Test
    void mention_of_a_member() {
        var root = render("thanks @Ana, and @ben.k.");
        assertThat(root.select("span.mention").eachText()).containsExactly("@Ana", "@ben.k");
        assertThat(root.select("span.mention").eachAttr("class")).containsOnly("mention");
        assertThat(root.select("span.mention").first().attributes().size()).isEqualTo(1);
        assertThat(root.text()).isEqualTo("thanks @Ana, and @ben.k.");
    }

    @Test
    void mention_of_someone_else_stays_text() {
        var root = render("hi @zed and @an");
        assertThat(root.select("span")).isEmpty();
        assertThat(root.text()).isEqualTo("hi @zed and @an");
    }

    @Test
    void name_that_runs_on_is_not_a_mention() {
        assertThat(render("@anabel @ana-x @" + "a".repeat(33)).select("span")).isEmpty();
    }

    @Test
    void mention_in_code_or_link_stays_text() {
        var root = render("`@ana` [@ana](https://example.com/@ana) https://example.com/@ana");
        assertThat(root.select("span")).isEmpty();
        assertThat(root.select("a").eachText()).containsExactly("@ana", "https://example.com/@ana");
    }

    @Test
    void mention_inside_a_spoiler_and_emphasis() {
        var root = render("||*@ana* did it||");
        assertThat(root.select("span.spoiler em span.mention").eachText()).containsExactly("@ana");
    }

    @Test
    void email_address_is_no_mention() {
        var root = Jsoup.parseBodyFragment(
                        renderer.message("write to ben@example.org or ana@example.org", name -> true))
                .body();
        assertThat(root.select("span")).isEmpty();
    }

    @Test
    void membership_is_asked_with_the_lower_cased_name_once() {
        var asked = new ArrayList<String>();
        renderer.message("@ANA @ana @Ana", name -> {
            asked.add(name);
            return false;
        });
        assertThat(asked).containsExactly("ana");
    }

    @Test
    void mentioned_usernames() {
        assertThat(
                        MarkdownRenderer.mentionedUsernames(
                                "@Ana and @ben.k. and @cleo_, not ben@example.org, `@dora` or [@eve](https://example.com), @ana"))
                .containsExactly("ana", "ben.k", "cleo_");
        assertThat(MarkdownRenderer.mentionedUsernames("no one here")).isEmpty();
    }

    @Test
    void blank_line_starts_a_new_paragraph() {
        assertThat(render("one\n\ntwo").select("p").eachText()).containsExactly("one", "two");
    }
}
