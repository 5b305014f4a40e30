package org.filmclub.film;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.film.Dialect.EXTERNAL_REL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.filmclub.markdown.MarkdownRenderer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    /**
     * A real blog essay with its readers' comments, kept outside the project; the tests that read it
     * skip where it is not there. The club essay in the test resources covers the same ground always.
     */
    static final Path HER_ESSAY =
            Path.of(System.getProperty("filmclub.fixtures", "../shared/fixtures"), "her-essay-with-comments.txt");

    static final String CLUB_ESSAY = "/essay-with-comments.txt";

    static byte[] clubEssay() throws IOException {
        try (var in = MarkdownRendererTest.class.getResourceAsStream(CLUB_ESSAY)) {
            return in.readAllBytes();
        }
    }

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** The single root element, after checking it is the only one. */
    private static Element render(String markdown) {
        return Dialect.ESSAY.render(markdown);
    }

    private static Element rootOf(String html) {
        return Dialect.ESSAY.root(html);
    }

    @Test
    void headings_of_every_level() {
        var root = render("# One\n\n## Two\n\n###### Six");
        assertThat(root.selectFirst("h1").text()).isEqualTo("One");
        assertThat(root.selectFirst("h2").text()).isEqualTo("Two");
        assertThat(root.selectFirst("h6").text()).isEqualTo("Six");
        assertThat(root.select("[id]")).isEmpty();
    }

    @Test
    void emphasis() {
        assertThat(render("an *odd* and _quiet_ film").select("em").eachText()).containsExactly("odd", "quiet");
    }

    @Test
    void strong() {
        assertThat(render("a **loud** and __bold__ film").select("strong").eachText())
                .containsExactly("loud", "bold");
    }

    @Test
    void unordered_and_ordered_lists() {
        var root = render("- Her\n- Alien\n\n3. third\n4. fourth");
        assertThat(root.select("ul > li").eachText()).containsExactly("Her", "Alien");
        assertThat(root.select("ol > li").eachText()).containsExactly("third", "fourth");
        assertThat(root.selectFirst("ol").attr("start")).isEqualTo("3");
    }

    @Test
    void nested_list() {
        var root = render("- Jonze\n  1. Her\n  2. Adaptation\n- Kaufman");
        assertThat(root.select("ul > li > ol > li").eachText()).containsExactly("Her", "Adaptation");
        assertThat(root.select("ul > li")).hasSize(2);
    }

    @Test
    void block_quote() {
        var quote = render("> The past is just a story we tell ourselves.").selectFirst("blockquote > p");
        assertThat(quote.text()).isEqualTo("The past is just a story we tell ourselves.");
    }

    @Test
    void external_link_opens_elsewhere_and_passes_no_credit() {
        var link = render("[the trailer](https://example.com/her \"Trailer\")").selectFirst("a");
        assertThat(link.text()).isEqualTo("the trailer");
        assertThat(link.attr("href")).isEqualTo("https://example.com/her");
        assertThat(link.attr("title")).isEqualTo("Trailer");
        assertThat(link.attr("rel")).isEqualTo(EXTERNAL_REL);
        assertThat(link.attr("target")).isEqualTo("_blank");
    }

    @Test
    void mailto_link_gets_rel_but_stays_in_the_tab() {
        var link = render("[write to us](mailto:club@example.com)").selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("mailto:club@example.com");
        assertThat(link.attr("rel")).isEqualTo(EXTERNAL_REL);
        assertThat(link.hasAttr("target")).isFalse();
    }

    @Test
    void https_image_is_kept() {
        var image = render("![Theodore](https://example.com/her.jpg \"Still\")").selectFirst("img");
        assertThat(image.attr("src")).isEqualTo("https://example.com/her.jpg");
        assertThat(image.attr("alt")).isEqualTo("Theodore");
        assertThat(image.attr("title")).isEqualTo("Still");
    }

    @Test
    void image_that_is_not_https_is_dropped() {
        var root = render("before ![Theodore](http://example.com/her.jpg) after");
        assertThat(root.select("img")).isEmpty();
        assertThat(root.text()).isEqualTo("before after");
    }

    @Test
    void table_with_alignment() {
        var root = render("| Film | Year | Rating |\n|:-----|:----:|-------:|\n| Her | 2013 | 8 |");
        assertThat(root.select("thead th").eachText()).containsExactly("Film", "Year", "Rating");
        assertThat(root.select("tbody td").eachText()).containsExactly("Her", "2013", "8");
        assertThat(root.select("tbody td").eachAttr("align")).containsExactly("left", "center", "right");
        assertThat(root.select("[style]")).isEmpty();
    }

    @Test
    void bare_url_leaves_out_the_quotes_around_it_but_not_a_word_before_it() {
        var root = render("a \"https://example.com/her\" and 'www.example.org', not awww.example.org or xhttps://a.b");
        assertThat(root.select("a").eachText()).containsExactly("https://example.com/her", "www.example.org");
        assertThat(root.text())
                .isEqualTo("a “https://example.com/her” and ‘www.example.org’, not awww.example.org or xhttps://a.b");
    }

    @Test
    void footnotes_link_both_ways_with_ids_unique_to_the_revision() {
        var root = rootOf(renderer.essay(42, 3, "Samantha[^1] laughs.\n\n[^1]: Voiced by Scarlett Johansson."));

        var reference = root.selectFirst("p > sup");
        assertThat(reference.id()).isEqualTo("e42r3-fnref-1");
        var referenceLink = reference.selectFirst("a.footnote-ref");
        assertThat(referenceLink.attr("href")).isEqualTo("#e42r3-fn-1");
        assertThat(referenceLink.text()).isEqualTo("1");

        var footnote = root.selectFirst("div.footnotes li");
        assertThat(footnote.id()).isEqualTo("e42r3-fn-1");
        assertThat(footnote.selectFirst("p").text()).isEqualTo("Voiced by Scarlett Johansson.");
        var backLink = footnote.selectFirst("a.footnote-backref");
        assertThat(backLink.attr("href")).isEqualTo("#" + reference.id());
        assertThat(backLink.hasAttr("rel")).isFalse();
        assertThat(backLink.hasAttr("target")).isFalse();
    }

    @Test
    void preview_footnotes_have_their_own_prefix() {
        var root = render("x[^a]\n\n[^a]: note");
        assertThat(root.select("[id]").eachAttr("id")).containsExactly("preview-fnref-1", "preview-fn-1");
    }

    @Test
    void typographic_quotes_and_dashes() {
        var text = render("\"Her\" -- and 'she' --- said... it's").text();
        assertThat(text).isEqualTo("“Her” – and ‘she’ — said… it’s");
    }

    @Test
    void fenced_code_keeps_its_language() {
        var code = render("```java\nvar x = a < b;\n```").selectFirst("pre > code");
        assertThat(code.className()).isEqualTo("language-java");
        assertThat(code.wholeText()).isEqualTo("var x = a < b;\n");
    }

    @Test
    void horizontal_rule_and_hard_line_break() {
        var root = render("above\n\n---\n\nfirst line\\\nsecond line  \nthird line");
        assertThat(root.select("hr")).hasSize(1);
        assertThat(root.select("p").last().select("br")).hasSize(2);
    }

    @Test
    void raw_html_is_shown_as_text() {
        var root = render("a <b>bold</b> claim\n\n<div onclick=\"x()\">block</div>");
        assertThat(root.children().select("b, div")).isEmpty();
        assertThat(root.select("p").eachText())
                .containsExactly("a <b>bold</b> claim", "<div onclick=\"x()\">block</div>");
    }

    @Test
    void a_club_essay_with_comments_imported_from_plain_text() throws IOException {
        var plain = PlainTextImport.decodeUtf8(clubEssay());
        var root = rootOf(renderer.essay(2, 1, PlainTextImport.toMarkdown(plain)));

        assertThat(root.text())
                .contains(
                        "Denis Villeneuve’s Arrival",
                        "in circles – and",
                        "a way of seeing — and",
                        "(“what is your purpose?”)",
                        "the word ‘you’ first",
                        "worth it…",
                        "😢",
                        "🙂",
                        "a language can’t *really* rewire",
                        "#science",
                        "[two rings]",
                        "> Quoted from above");
        assertThat(root.children())
                .allMatch(child -> child.nameIs("p"))
                .hasSize(plain.strip().split("\n\\s*\n").length);
        assertThat(linesOf(root.select("p:contains(Further reading)").first()))
                .containsExactly(
                        "Further reading",
                        "Ted Chiang: Story of Your Life",
                        "Interview with the production designer (Patrice Vermette)",
                        "Sapir–Whorf, briefly: https://en.wikipedia.org/wiki/Linguistic_relativity",
                        "The score: Jóhann Jóhannsson, “On the Nature of Daylight” by Max Richter");
        assertThat(root.select("ol, ul, blockquote, em, h1, h2")).isEmpty();
        assertThat(root.select("p").eachText())
                .anyMatch(p -> p.startsWith("1. Lovely write-up."))
                .anyMatch(p -> p.startsWith("• Same here!"));
        assertThat(root.select("a").eachAttr("href"))
                .containsExactly(
                        "https://en.wikipedia.org/wiki/Linguistic_relativity",
                        "http://example.org/reviews/arrival_2016_notes/");
    }

    @Test
    void the_her_essay_imported_from_plain_text() throws IOException {
        Assumptions.assumeTrue(Files.exists(HER_ESSAY), "The essay on Her is not at " + HER_ESSAY.toAbsolutePath());
        var plain = PlainTextImport.decodeUtf8(Files.readAllBytes(HER_ESSAY));
        var root = rootOf(renderer.essay(1, 1, PlainTextImport.toMarkdown(plain)));
        var text = root.text();

        assertThat(text).contains("Spike Jonze’s", "‘She’ – Samantha –", "36 thoughts on “Her", "🙂");
        var sourceParagraphs = plain.strip().split("\n\\s*\n");
        assertThat(root.children()).allMatch(child -> child.nameIs("p"));
        assertThat(root.children()).hasSize(sourceParagraphs.length);

        var linkList = root.select("p:contains(Wikipedia entry on Her)").first();
        assertThat(linesOf(linkList))
                .containsExactly(
                        "Wikipedia entry on Her",
                        "Movie trailer Her",
                        "Movie review by Ann Hornaday (Washington Post)",
                        "Wikipedia entries on other SciFi movies: Terminator, 2001: A Space Odyssey, Ghost in the Shell,"
                                + " Data in Star Trek",
                        "About futurist Ray Kurzweil",
                        "Georg Franck: Oekonomie der Aufmerksamkeit");

        assertThat(root.select("ol, ul")).isEmpty();
        assertThat(root.select("p").eachText()).anyMatch(p -> p.startsWith("1. I like the comparisons"));

        var blogLink = root.selectFirst(
                "a[href=http://mindtechnorms.wordpress.com/2014/02/13/when-god-granted-tittus-to-go-to-earth-for-1-day-part-i/]");
        assertThat(blogLink).isNotNull();
        assertThat(blogLink.attr("rel")).isEqualTo(EXTERNAL_REL);
    }

    /** The text of a paragraph, line by line as its {@code <br>} elements split it. */
    static List<String> linesOf(Element paragraph) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (Node node : paragraph.childNodes()) {
            if (node instanceof Element element && element.nameIs("br")) {
                lines.add(line.toString().strip());
                line.setLength(0);
            } else {
                line.append(node instanceof TextNode textNode ? textNode.text() : ((Element) node).text());
            }
        }
        lines.add(line.toString().strip());
        return lines;
    }
}
