package org.filmclub.film;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Attacks on the renderer, and a checker with rules of its own, so that a mistake in the renderer's allowlist
 * cannot hide itself.
 *
 * <p>The corpus in {@code hostile-markdown.txt} holds one case per block, blocks separated by a line
 * {@code %%%}, each starting with a {@code # name} line. {@code {U+0009}} stands for a character that would be
 * invisible or awkward in the file.
 */
public final class HostileCorpus {

    static final Set<String> ESSAY_TAGS = Set.of(
            "p",
            "br",
            "hr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "em",
            "strong",
            "del",
            "ul",
            "ol",
            "li",
            "blockquote",
            "a",
            "img",
            "code",
            "pre",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "sup",
            "div");
    static final Set<String> MESSAGE_TAGS = Set.of("p", "br", "em", "strong", "del", "code", "a", "span", "div");

    private static final Set<String> FORBIDDEN_TAGS =
            Set.of("script", "iframe", "object", "embed", "svg", "math", "form", "meta", "base", "link", "style");
    private static final Set<String> ALLOWED_ATTRIBUTES =
            Set.of("href", "src", "alt", "title", "class", "id", "rel", "target", "align", "start");
    /** A span is only ever one of these two, attribute for attribute. */
    private static final Map<String, Map<String, String>> SPANS = Map.of(
            "spoiler", Map.of("class", "spoiler", "tabindex", "0", "title", "Spoiler: select to reveal"),
            "mention", Map.of("class", "mention"));

    private static final Pattern CODE_POINT = Pattern.compile("\\{U\\+([0-9A-F]{4,5})}");
    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%([0-9a-fA-F]{2})");

    private HostileCorpus() {}

    static Stream<Arguments> cases() {
        try (var in = HostileCorpus.class.getResourceAsStream("/hostile-markdown.txt")) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n%%%\n")).map(block -> {
                var nameEnd = block.indexOf('\n');
                var name = block.substring(0, nameEnd).replaceFirst("^# ", "");
                var markdown = CODE_POINT
                        .matcher(block.substring(nameEnd + 1))
                        .replaceAll(code ->
                                Matcher.quoteReplacement(Character.toString(Integer.parseInt(code.group(1), 16))));
                return Arguments.of(name, markdown);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bare addresses that try to end the link's attribute, or to carry markup or a mention into it. */
    static Stream<Arguments> bareUrlCases() {
        return Stream.of(
                Arguments.of("bare URL breaking out of an attribute", "https://x.example/\"onmouseover=\"alert(1)"),
                Arguments.of("www URL breaking out with single quotes", "www.x.example/'onmouseover='alert(1)'"),
                Arguments.of(
                        "bare URL with an entity-encoded quote", "https://x.example/&#x22;onmouseover=&#x22;alert(1)"),
                Arguments.of("bare URL with an escaped quote", "https://x.example/\\\"onmouseover=\\\"alert(1)"),
                Arguments.of("bare URL running into a tag", "https://x.example/<img src=x onerror=alert(1)>"),
                Arguments.of("bare URL with an entity-encoded tag", "https://x.example/&lt;script&gt;alert(1)"),
                Arguments.of("bare URL with a mention", "https://x.example/@ana\"onmouseover=alert(1)"),
                Arguments.of("bare URL after a javascript scheme", "javascript:https://x.example/%0Aalert(1)"),
                Arguments.of("bare URL inside a javascript link", "[https://x.example](javascript:alert(1))"),
                Arguments.of("bare URL with a line separator", "https://x.example/\u2028<svg onload=alert(1)>"),
                Arguments.of("bare URL with a tab in the scheme", "java\tscript://www.x.example/%0Aalert(1)"));
    }

    /**
     * Texts that look like addresses over and over, as long as an essay may be; flexmark's autolinker took up to
     * a minute and a half over the first.
     */
    static Stream<Arguments> addressLookAlikes() {
        return Stream.of(
                Arguments.of("dotted letters", "a.".repeat(100_000)),
                Arguments.of("www repeated", "www.".repeat(50_000)),
                Arguments.of("schemes repeated", "http://".repeat(30_000)));
    }

    /**
     * Addresses that a screening's online link or a film's poster must never accept, typed in a form or
     * brought in by a club file: other schemes, plain http, and https that tries to leave its attribute.
     */
    public static Stream<Arguments> unsafeAddresses() {
        return Stream.of(
                Arguments.of("javascript scheme", "javascript:alert(document.cookie)"),
                Arguments.of("javascript scheme in mixed case", "JaVaScRiPt:alert(1)"),
                Arguments.of("javascript scheme with a tab", "java\tscript:alert(1)"),
                Arguments.of("data address", "data:text/html,<script>alert(1)</script>"),
                Arguments.of("plain http", "http://tracker.example.com/pixel.gif"),
                Arguments.of("https breaking out of an attribute", "https://x.example/\"onmouseover=\"alert(1)"),
                Arguments.of("https with a line separator", "https://x.example/\u2028<svg onload=alert(1)>"));
    }

    /**
     * Essays that ask more of flexmark than an essay may: nesting that overflowed its stack on the film page, and
     * openers it looks ahead from, each to the end of the text, which took from seconds to most of a minute and
     * rendered to millions of characters.
     */
    static Stream<Arguments> overBudget() {
        return Stream.of(
                Arguments.of("block quotes 1,000 deep", ">".repeat(1_000) + " deep"),
                Arguments.of("lists 2,500 deep", "1. ".repeat(2_500) + "deep"),
                Arguments.of("lists and quotes in turn", "- > ".repeat(1_000) + "deep"),
                Arguments.of("lists indented 400 deep", deepIndentedList(400)),
                Arguments.of("footnote references", "[^a]".repeat(49_000) + "\n\n[^a]: The note."),
                Arguments.of("link openers", "[a](".repeat(50_000)),
                Arguments.of("image openers", "![a](".repeat(40_000)),
                Arguments.of("backtick runs", "`a``".repeat(50_000)),
                Arguments.of("table rows in one paragraph", "|a\n".repeat(20_000)));
    }

    /** Each line a list item inside the one before, two spaces further in. */
    static String deepIndentedList(int depth) {
        var markdown = new StringBuilder();
        for (var level = 0; level < depth; level++) {
            markdown.append(" ".repeat(2 * level))
                    .append("- level ")
                    .append(level)
                    .append('\n');
        }
        return markdown.toString();
    }

    /**
     * Every way a reader might end a line, for text that goes into line-based formats (a calendar file): ical4j
     * escapes LF in text but writes a lone CR, NEL or U+2028 as is, and what follows it reads as a line of its own.
     */
    public static Stream<String> lineBreaks() {
        return Stream.of("\r", "\r\n", "\n", "\u0085", "\u2028", "\u2029", "\u000b", "\u000c");
    }

    static List<String> problemsIn(String html, Set<String> allowedTags) {
        var problems = new ArrayList<String>();
        var body = Jsoup.parseBodyFragment(html).body();
        if (body.childNodeSize() != 1 || !(body.childNode(0) instanceof Element root && root.nameIs("div"))) {
            problems.add("not exactly one root element");
        }
        for (var element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            var tag = element.normalName();
            if (FORBIDDEN_TAGS.contains(tag)) {
                problems.add("forbidden element " + tag);
            } else if (!allowedTags.contains(tag)) {
                problems.add("unexpected element " + tag);
            } else if (tag.equals("span")) {
                checkSpan(element, problems);
                continue;
            }
            for (var attribute : element.attributes()) {
                var name = attribute.getKey().toLowerCase(Locale.ROOT);
                var value = attribute.getValue();
                if (name.startsWith("on")) {
                    problems.add("event handler attribute " + name);
                } else if (name.equals("style")) {
                    problems.add("style attribute");
                } else if (!ALLOWED_ATTRIBUTES.contains(name)) {
                    problems.add("unexpected attribute " + name);
                }
                if (name.equals("href") && !startsWithAny(asBrowserSeesIt(value), "http:", "https:", "mailto:", "#")) {
                    problems.add("unsafe href " + value);
                }
                if (name.equals("src") && !asBrowserSeesIt(value).startsWith("https:")) {
                    problems.add("unsafe src " + value);
                }
            }
        }
        return problems;
    }

    private static void checkSpan(Element span, List<String> problems) {
        var attributes = span.attributes().asList().stream()
                .collect(Collectors.toMap(
                        attribute -> attribute.getKey().toLowerCase(Locale.ROOT), Attribute::getValue));
        if (!attributes.equals(SPANS.get(span.attr("class")))) {
            problems.add("unexpected span " + span.attributes());
        }
    }

    /**
     * Browsers ignore whitespace and control characters inside a scheme; decoding percent escapes as well is
     * stricter than any browser, which is what a checker should be.
     */
    private static String asBrowserSeesIt(String url) {
        var current = withoutControlCharacters(url);
        while (true) {
            var decoded = withoutControlCharacters(PERCENT_ESCAPE
                    .matcher(current)
                    .replaceAll(escape ->
                            Matcher.quoteReplacement(Character.toString(Integer.parseInt(escape.group(1), 16)))));
            if (decoded.equals(current)) {
                return current;
            }
            current = decoded;
        }
    }

    private static String withoutControlCharacters(String text) {
        return text.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(c -> c > 0x20 && c != 0x7F)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static boolean startsWithAny(String text, String... prefixes) {
        return Arrays.stream(prefixes).anyMatch(text::startsWith);
    }
}
