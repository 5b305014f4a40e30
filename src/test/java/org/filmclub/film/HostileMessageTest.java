package org.filmclub.film;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.film.HostileCorpus.MESSAGE_TAGS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.filmclub.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds the hostile corpus, and attacks on spoilers and mentions, to the chat renderer; every name counts as a
 * member's, so that every mention that can be made is made.
 */
class HostileMessageTest {

    private static final Set<String> MESSAGE_CLASSES = Set.of("message-body", "spoiler", "mention");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static Stream<Arguments> messageCases() {
        return Stream.of(
                Arguments.of("image tag in a spoiler", "||<img src=x onerror=alert(1)>||"),
                Arguments.of("javascript link in a spoiler", "||[x](javascript:alert(1))||"),
                Arguments.of("javascript image in a spoiler", "||![x](javascript:alert(1))||"),
                Arguments.of("anchor tag in a spoiler", "||<a href=\"javascript:alert(1)\">x</a>||"),
                Arguments.of("spoiler marks inside link text", "[||click||](javascript:alert(1))"),
                Arguments.of("spoiler marks across link syntax", "||[click||](https://example.com/||x||)"),
                Arguments.of("spoiler marks around a link destination", "[x](||javascript:alert(1)||)"),
                Arguments.of("spoiler marks in an autolink", "<https://example.com/||\"onmouseover=alert(1)||>"),
                Arguments.of("spoilers nested", "|| || ||a|| || ||"),
                Arguments.of("spoilers nested with text", "||a ||b|| c||"),
                Arguments.of("sneaked spoiler span", "||<span class=\"spoiler\" onclick=alert(1)>x</span>||"),
                Arguments.of("sneaked mention span", "<span class=\"mention\" tabindex=0 onfocus=alert(1)>@ana</span>"),
                Arguments.of("mention of a script tag", "@<script>alert(1)</script>"),
                Arguments.of("mention breaking out of an attribute", "@ana\"onmouseover=alert(1)"),
                Arguments.of("mention with attribute-like text", "@ana\" onfocus=\"alert(1)\" autofocus=\""),
                Arguments.of("mention with entity-encoded letters", "@&#97;&#x6E;a"),
                Arguments.of("mention with an entity-encoded quote", "@ana&#x22; onmouseover=&#x22;alert(1)"),
                Arguments.of("mention with an entity-encoded tag", "@ana&lt;script&gt;alert(1)&lt;/script&gt;"),
                Arguments.of("mention as javascript link text", "[@ana](javascript:alert(1))"),
                Arguments.of("mention in a spoiler with a tag", "||@ana<img src=x onerror=alert(1)>||"),
                Arguments.of("mention inside code with bars", "`||@ana||`"),
                Arguments.of("bars and mentions with a line separator", "||@ana\u2028<svg onload=alert(1)>||"),
                Arguments.of("heading with a spoiler", "# ||<script>alert(1)</script>||"),
                Arguments.of("bars repeated", "||".repeat(10_000)),
                Arguments.of("one bar more than pairs", "|".repeat(20_001)),
                Arguments.of("spoilers repeated", "||a".repeat(10_000)),
                Arguments.of("spoilers around emphasis repeated", "||*a*".repeat(5_000)),
                Arguments.of("at signs repeated", "@".repeat(20_000)),
                Arguments.of("names and dots repeated", "@ana.".repeat(5_000) + "x"),
                Arguments.of("a name running long", "@" + "a.".repeat(2_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.filmclub.film.HostileCorpus#cases")
    void corpus_renders_nothing_that_could_run(String name, String markdown) {
        assertThat(problemsIn(renderer.message(markdown, username -> true)))
                .as(name)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageCases")
    void spoilers_and_mentions_add_nothing_that_could_run(String name, String text) {
        assertThat(problemsIn(renderer.message(text, username -> true)))
                .as(name)
                .isEmpty();
        assertThat(MarkdownRenderer.mentionedUsernames(text))
                .as(name)
                .allMatch(username -> username.matches("[a-z0-9._-]{3,32}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.filmclub.film.HostileCorpus#bareUrlCases")
    void bare_urls_add_nothing_that_could_run(String name, String text) {
        assertThat(problemsIn(renderer.message(text, username -> true)))
                .as(name)
                .isEmpty();
    }

    /** A message is at most 4,000 characters; only that they finish. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.filmclub.film.HostileCorpus#addressLookAlikes")
    void address_look_alikes_render(String name, String text) {
        assertThat(problemsIn(renderer.message(text.substring(0, 4_000), username -> true)))
                .as(name)
                .isEmpty();
    }

    @Test
    void a_member_can_write_no_span_of_their_own() {
        var root = Jsoup.parseBodyFragment(renderer.message(
                        "<span class=\"mention\">@zed</span> <span class=\"spoiler\">x</span>", username -> false))
                .body();
        assertThat(root.select("span")).isEmpty();
    }

    @Test
    void a_tag_hidden_in_a_spoiler_is_text() {
        var spoiler = Jsoup.parseBodyFragment(renderer.message("||<img src=x onerror=alert(1)>||", username -> true))
                .selectFirst("span.spoiler");
        assertThat(spoiler.children()).isEmpty();
        assertThat(spoiler.text()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void a_mention_stops_at_the_quote() {
        var mention = Jsoup.parseBodyFragment(renderer.message("@ana\"onmouseover=alert(1)", username -> true))
                .selectFirst("span.mention");
        assertThat(mention.text()).isEqualTo("@ana");
        assertThat(mention.attributes().size()).isEqualTo(1);
    }

    @Test
    void the_checker_knows_the_two_spans() {
        assertThat(problemsIn("<div class=\"message-body\"><span class=\"spoiler\" tabindex=\"0\""
                        + " title=\"Spoiler: select to reveal\">x</span><span class=\"mention\">@ana</span></div>"))
                .isEmpty();
        assertThat(
                        problemsIn(
                                "<div class=\"message-body\"><span class=\"spoiler\">x</span>"
                                        + "<span class=\"mention\" onclick=\"alert(1)\">@ana</span><span>y</span><img src=\"https://x\"></div>"))
                .hasSize(4);
        assertThat(problemsIn("<div class=\"message-body\"><p class=\"other\">x</p></div>"))
                .containsExactly("unexpected class other");
    }

    /** The shared checker, and no class but the three the chat styles. */
    private static List<String> problemsIn(String html) {
        var problems = new ArrayList<>(HostileCorpus.problemsIn(html, MESSAGE_TAGS));
        for (Element element : Jsoup.parseBodyFragment(html).body().select("[class]")) {
            element.classNames().stream()
                    .filter(name -> !MESSAGE_CLASSES.contains(name))
                    .forEach(name -> problems.add("unexpected class " + name));
        }
        return problems;
    }
}
