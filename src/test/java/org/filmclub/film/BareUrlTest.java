package org.filmclub.film;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmclub.film.Dialect.EXTERNAL_REL;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bare addresses become links the same way in both dialects, an essay and a chat message; each case
 * here runs in both. What only one dialect does with them (typographic quotes round an address in an
 * essay, an address in a spoiler in a message) is tested with the rest of that dialect.
 */
class BareUrlTest {

    /** Each case in each dialect: the dialect first, then the case's own arguments. */
    private static Stream<Arguments> inBothDialects(Arguments... cases) {
        return Stream.of(Dialect.values())
                .flatMap(dialect -> Arrays.stream(cases).map(each -> {
                    var arguments = new Object[each.get().length + 1];
                    arguments[0] = dialect;
                    System.arraycopy(each.get(), 0, arguments, 1, each.get().length);
                    return Arguments.of(arguments);
                }));
    }

    static Stream<Arguments> addressesInASentence() {
        return inBothDialects(
                Arguments.of("See https://example.com/her and www.example.org too."),
                Arguments.of("See https://example.com/her and www.example.org"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("addressesInASentence")
    void bare_https_url_and_www_become_links_that_open_elsewhere(Dialect dialect, String text) {
        var links = dialect.render(text).select("a");
        assertThat(links.eachAttr("href")).containsExactly("https://example.com/her", "http://www.example.org");
        assertThat(links.eachText()).containsExactly("https://example.com/her", "www.example.org");
        assertThat(links.eachAttr("rel")).containsOnly(EXTERNAL_REL);
        assertThat(links.eachAttr("target")).containsOnly("_blank");
    }

    static Stream<Arguments> addressesBeforePunctuation() {
        return inBothDialects(
                Arguments.of(
                        "Read https://example.com/her. Then www.example.org/her, and more!",
                        List.of("https://example.com/her", "http://www.example.org/her")),
                Arguments.of(
                        "the trailer (https://example.com/her). www.example.org/her!",
                        List.of("https://example.com/her", "http://www.example.org/her")),
                Arguments.of("A film (https://example.com/her) about a voice.", List.of("https://example.com/her")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("addressesBeforePunctuation")
    void bare_url_ends_before_the_sentence_and_the_parenthesis_do(Dialect dialect, String text, List<String> hrefs) {
        var root = dialect.render(text);
        var links = root.select("a");
        assertThat(links.eachAttr("href")).containsExactlyElementsOf(hrefs);
        assertThat(links.eachText())
                .containsExactlyElementsOf(hrefs.stream()
                        .map(href -> href.replaceFirst("^http://", ""))
                        .toList());
        assertThat(root.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void bare_url_keeps_the_parentheses_of_its_path(Dialect dialect) {
        var root = dialect.render(
                "See https://en.wikipedia.org/wiki/Her_(film).\n" + "(Or https://en.wikipedia.org/wiki/Her_(film))");
        assertThat(root.select("a").eachAttr("href"))
                .containsExactly(
                        "https://en.wikipedia.org/wiki/Her_(film)", "https://en.wikipedia.org/wiki/Her_(film)");
        assertThat(root.text()).endsWith("(Or https://en.wikipedia.org/wiki/Her_(film))");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void bare_www_url_gets_http_and_the_same_rel_and_target(Dialect dialect) {
        var link = dialect.render("at www.example.org/her?a=1&b=2").selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("http://www.example.org/her?a=1&b=2");
        assertThat(link.text()).isEqualTo("www.example.org/her?a=1&b=2");
        assertThat(link.attr("rel")).isEqualTo(EXTERNAL_REL);
        assertThat(link.attr("target")).isEqualTo("_blank");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void bare_url_in_code_stays_text(Dialect dialect) {
        var root = dialect.render("type `https://example.com/her` or\n\n```\nwww.example.org\n```");
        assertThat(root.select("a")).isEmpty();
        assertThat(root.select("code").eachText()).containsExactly("https://example.com/her", "www.example.org");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void bare_url_in_code_or_in_a_link_is_not_linked_again(Dialect dialect) {
        var root = dialect.render("`https://example.com/her` [https://example.com/her](https://example.org)");
        assertThat(root.select("a").eachAttr("href")).containsExactly("https://example.org");
        assertThat(root.selectFirst("code").text()).isEqualTo("https://example.com/her");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void url_that_is_already_a_link_is_not_linked_again(Dialect dialect) {
        var root = dialect.render("[https://example.com/her](https://example.com/her),"
                + " [see www.example.org](https://example.org) and <https://example.com/alien>");
        assertThat(root.select("a").eachAttr("href"))
                .containsExactly("https://example.com/her", "https://example.org", "https://example.com/alien");
        assertThat(root.select("a a")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void javascript_is_never_a_bare_url(Dialect dialect) {
        var text = "javascript:alert(1) JAVASCRIPT://example.com/%0Aalert(1) javascript://www.example.com/%0Aalert(1)";
        var root = dialect.render(text);
        assertThat(root.select("a")).isEmpty();
        assertThat(root.text()).isEqualTo(text);
    }

    static Stream<Arguments> addressesRunningIntoAQuote() {
        return inBothDialects(
                Arguments.of("https://x.example/\"onmouseover=\"alert(1)", "https://x.example/"),
                Arguments.of("https://x.example/@ana\"onmouseover=\"alert(1)", "https://x.example/@ana"));
    }

    /** Holds no mention either, though Ana is a member. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("addressesRunningIntoAQuote")
    void a_bare_url_ends_at_a_quote(Dialect dialect, String text, String href) {
        var root = dialect.render(text);
        assertThat(root.select("a").eachAttr("href")).containsExactly(href);
        assertThat(root.selectFirst("a").attributes().asList())
                .extracting(Attribute::getKey)
                .containsOnly("href", "rel", "target");
        assertThat(root.select("span")).isEmpty();
        assertThat(root.text()).isEqualTo(text);
    }
}
