package org.filmclub.film;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filmclub.film.HostileCorpus.ESSAY_TAGS;

import java.util.List;
import org.filmclub.base.InvalidInputException;
import org.filmclub.markdown.MarkdownLimits;
import org.filmclub.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Feeds the hostile corpus to the essay renderer; see {@link HostileCorpus} for the corpus and the checker. */
class HostileMarkdownTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.filmclub.film.HostileCorpus#cases")
    void renders_nothing_that_could_run(String name, String markdown) {
        // Surefire's report shows only the case number, so the failure message names the case.
        assertThat(problemsIn(renderer.preview(markdown))).as(name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.filmclub.film.HostileCorpus#bareUrlCases")
    void bare_urls_add_nothing_that_could_run(String name, String markdown) {
        assertThat(problemsIn(renderer.preview(markdown))).as(name).isEmpty();
    }

    /** Only that they finish: a render that went quadratic again would hold the build up for minutes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.filmclub.film.HostileCorpus#addressLookAlikes")
    void address_look_alikes_render(String name, String markdown) {
        assertThat(problemsIn(renderer.preview(markdown))).as(name).isEmpty();
    }

    /** Refused before flexmark could overflow or look ahead for long; only that, as times are not asserted. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.filmclub.film.HostileCorpus#overBudget")
    void an_essay_that_asks_too_much_of_the_renderer_is_refused_with_a_message(String name, String markdown) {
        assertThatThrownBy(() -> renderer.essay(1, 1, markdown))
                .as(name)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Your text is still here.");
        assertThatThrownBy(() -> renderer.preview(markdown)).as(name).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void nesting_and_openers_within_the_limits_still_render() {
        var markdown =
                ">".repeat(MarkdownLimits.ESSAY_NESTING_MAX) + " quoted\n\n" + "[a](https://example.com) ".repeat(500)
                        + "\n\n" + "`code` ".repeat(500) + "\n\n" + "note[^1] ".repeat(500) + "\n\n[^1]: The note.\n\n"
                        + HostileCorpus.deepIndentedList(MarkdownLimits.ESSAY_NESTING_MAX);
        var root = Jsoup.parseBodyFragment(renderer.essay(1, 1, markdown)).body();
        assertThat(root.select("blockquote")).hasSize(MarkdownLimits.ESSAY_NESTING_MAX);
        assertThat(root.select("a[href=https://example.com]")).hasSize(500);
        assertThat(root.select("ul")).hasSize(MarkdownLimits.ESSAY_NESTING_MAX);
    }

    @Test
    void the_corpus_is_large_enough_to_mean_something() {
        assertThat(HostileCorpus.cases()).hasSizeGreaterThanOrEqualTo(70);
    }

    @Test
    void the_checker_rejects_unsanitised_html() {
        assertThat(problemsIn("<a href=\"javascript:alert(1)\">x</a>")).contains("unsafe href javascript:alert(1)");
        assertThat(problemsIn("<img src=x onerror=alert(1)>"))
                .contains("event handler attribute onerror", "unsafe src x");
        assertThat(problemsIn("<div class=\"essay-body\"><a href=\" j&#x09;ava%0Ascript%3aalert(1)\">x</a></div>"))
                .hasSize(1)
                .allMatch(problem -> problem.startsWith("unsafe href"));
        assertThat(problemsIn("<div class=\"essay-body\"><p style=\"x\">a</p><svg></svg></div><p></p>"))
                .contains("style attribute", "forbidden element svg", "not exactly one root element");
        assertThat(problemsIn("<div class=\"essay-body\"><a href=\"#r1-fn-1\">1</a>"
                        + "<img src=\"https://example.com/x.png\"><a href=\"mailto:a@example.com\">m</a></div>"))
                .isEmpty();
    }

    private static List<String> problemsIn(String html) {
        return HostileCorpus.problemsIn(html, ESSAY_TAGS);
    }
}
