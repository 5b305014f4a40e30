package org.filmclub.markdown;

import static org.filmclub.markdown.MarkdownLimits.ESSAY_HTML_MAX;
import static org.filmclub.markdown.MarkdownLimits.ESSAY_NESTING_MAX;
import static org.filmclub.markdown.MarkdownLimits.ESSAY_RENDER_TIME;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.filmclub.base.InvalidInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeFilter;
import org.springframework.stereotype.Component;

/**
 * Turns member-written Markdown into HTML that is safe to put on a page: flexmark renders it with raw HTML
 * escaped, then a jsoup allowlist keeps only what flexmark itself produces. Essays get the full language; chat
 * messages get a small inline subset plus spoilers and mentions, which are added after sanitising so that no
 * member-written markup can ever produce them.
 */
@Component
public class MarkdownRenderer {

    private static final int RENDER_THREADS = 2;
    /** Renders waiting for a worker; past this many the server is busy and says so. */
    private static final int RENDER_QUEUE = 32;

    private static final long WORKER_STACK_BYTES = 16L * 1024 * 1024;
    /**
     * A level of a list is two nodes, the list and its item; below the deepest level come a paragraph, emphasis,
     * a link and its text.
     */
    private static final int NODES_BELOW_LEVELS = 8;

    private static final AtomicInteger WORKERS = new AtomicInteger();
    private static final String EXTERNAL_REL = "noopener nofollow ugc";
    private static final Set<String> FOOTNOTE_CLASSES = Set.of("footnotes", "footnote-ref", "footnote-backref");
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]+");

    private static final String SPOILER_MARK = "||";
    /**
     * A username is 3 to 32 of {@code [a-z0-9._-]}, but it is taken to end before trailing dots: in "thanks
     * @ana." the dot ends the sentence. Letters or digits right before the {@code @} make it an email address.
     */
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])@([a-z0-9._-]{2,31}[a-z0-9_-])(?!\\.*[a-z0-9_-])", Pattern.CASE_INSENSITIVE);

    /**
     * A bare address: a scheme or "www." where no word or other address runs into it, a letter or digit, then
     * anything up to a space, an angle bracket or a double quote, typed or as essays curl it. Link syntax that
     * stayed text, as an image does in chat, stays text whole. flexmark's autolinker takes time that grows with
     * the square of some texts; this pattern has no nested repetition and its tail never gives characters back,
     * so finding every address costs time in proportion to the text.
     */
    private static final Pattern BARE_URL = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.@-]|]\\()(?:https?://|www\\.)[\\p{L}\\p{N}][^\\s\\p{Z}\\p{Cc}<>\"\\u201C\\u201D]*+",
            Pattern.CASE_INSENSITIVE);
    /**
     * What usually ends the sentence around an address rather than the address itself, as GFM decides; the
     * closing single quote and the ellipsis that essays make of typed ones; and the bars that close a spoiler
     * in chat.
     */
    private static final String TRAILING_PUNCTUATION = ".,;:!?'*_~)]|\u2019\u2026";
    /** A link's text is already linked, and code is shown as typed. */
    private static final Set<String> NOT_LINKED = Set.of("a", "code", "pre");

    private static final Dialect ESSAYS = new Dialect(
            new MutableDataSet()
                    .set(
                            Parser.EXTENSIONS,
                            List.of(
                                    TablesExtension.create(),
                                    StrikethroughExtension.create(),
                                    FootnoteExtension.create(),
                                    TypographicExtension.create()))
                    // Members write Markdown, not HTML: anything that looks like a tag is shown as typed.
                    .set(HtmlRenderer.ESCAPE_HTML, true),
            essaySafelist());

    /** Chat is inline text: whatever would start a block stays the characters the member typed. */
    private static final Dialect MESSAGES = new Dialect(
            new MutableDataSet()
                    .set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create()))
                    .set(Parser.HEADING_PARSER, false)
                    .set(Parser.LIST_BLOCK_PARSER, false)
                    .set(Parser.BLOCK_QUOTE_PARSER, false)
                    .set(Parser.FENCED_CODE_BLOCK_PARSER, false)
                    .set(Parser.INDENTED_CODE_BLOCK_PARSER, false)
                    .set(Parser.THEMATIC_BREAK_PARSER, false)
                    .set(Parser.HTML_BLOCK_PARSER, false)
                    // Without reference definitions a "[x]: url" line stays a line of the message.
                    .set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false)
                    .set(HtmlRenderer.ESCAPE_HTML, true)
                    // Chat is written line by line, so every line the member ended stays ended.
                    .set(HtmlRenderer.SOFT_BREAK, "<br />\n"),
            messageSafelist());

    /**
     * Essays render here, two at a time at most, so that however many members publish or preview at once the
     * rest of the server keeps its processors. The stack is deep enough for anything the limits let through.
     */
    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(
            RENDER_THREADS,
            RENDER_THREADS,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(RENDER_QUEUE),
            MarkdownRenderer::worker);

    private final AtomicInteger inFlight = new AtomicInteger();

    /**
     * Text that touches every kind of block and inline node both dialects know, laid out once when the renderer
     * starts so that loading and first compiling the parser's classes is not charged to the first member's text
     * against {@link MarkdownLimits#ESSAY_RENDER_TIME}.
     */
    private static final String WARM_UP =
            """
            # Title
            Some *emphasis*, **strong**, ~~struck~~, `code`, a [link](https://example.com) and a note.[^1]

            > quoted
            > - a list
            >   1. numbered

            | a | b |
            |---|---|
            | c | d |

            ```java
            code
            ```

            ![poster](https://example.com/p.png) https://example.com/bare @someone ||spoiler||

            [^1]: The note.
            """;

    public MarkdownRenderer() {
        workers.allowCoreThreadTimeOut(true);
        render(WARM_UP, "warm-up-");
        messageBody(WARM_UP);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /**
     * One revision of an essay, as it is stored and shown, within the limits of {@link MarkdownLimits}.
     *
     * @throws InvalidInputException saying what to change when the text asks for more than an essay may
     */
    public String essay(long essayId, int revision, String markdown) {
        return await(later(markdown, "e" + essayId + "r" + revision + "-"));
    }

    /** The editor's preview, with the same limits as publishing; blocks, so meant for tests and tools. */
    public String preview(String markdown) {
        return await(previewLater(markdown));
    }

    /**
     * The editor's preview, rendered away from the caller's thread: it completes with the HTML, or
     * exceptionally with an {@link InvalidInputException} saying why the text cannot be shown. Within the time
     * limit whatever happens, so a caller never waits longer than that.
     */
    public CompletableFuture<String> previewLater(String markdown) {
        return later(markdown, "preview-");
    }

    /** Whether no render asked for is still running or waiting to hand over its result. */
    public boolean idle() {
        return inFlight.get() == 0;
    }

    /** Waits until every render asked for so far has finished and handed over its result. */
    public void awaitIdle() throws InterruptedException {
        synchronized (inFlight) {
            while (inFlight.get() > 0) {
                inFlight.wait();
            }
        }
    }

    private CompletableFuture<String> later(String markdown, String idPrefix) {
        var result = new CompletableFuture<String>();
        var refusal = MarkdownBudget.refusal(markdown);
        if (refusal.isPresent()) {
            result.completeExceptionally(InvalidInputException.of("body", refusal.get()));
            return result;
        }
        var started = new AtomicBoolean();
        inFlight.incrementAndGet();
        try {
            workers.execute(() -> {
                started.set(true);
                try {
                    // Unless it waited so long in the queue that its caller was told the server was busy.
                    if (!result.isDone()) {
                        result.complete(render(markdown, idPrefix));
                    }
                } catch (StackOverflowError e) {
                    result.completeExceptionally(InvalidInputException.of("body", MarkdownBudget.tooDeep()));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                } finally {
                    done();
                }
            });
        } catch (RejectedExecutionException e) {
            done();
            result.completeExceptionally(new MarkdownBudget.NotNow());
        }
        // A render past its time runs on to its end, which the limits keep near; nobody waits for it.
        return result.completeOnTimeout(null, ESSAY_RENDER_TIME.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(html -> {
                    if (html == null) {
                        throw started.get()
                                ? InvalidInputException.of("body", MarkdownBudget.tooSlow())
                                : new MarkdownBudget.NotNow();
                    }
                    return html;
                });
    }

    private void done() {
        synchronized (inFlight) {
            if (inFlight.decrementAndGet() == 0) {
                inFlight.notifyAll();
            }
        }
    }

    private static String await(CompletableFuture<String> rendering) {
        try {
            return rendering.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Thread worker(Runnable task) {
        var thread = new Thread(null, task, "markdown-" + WORKERS.incrementAndGet(), WORKER_STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * A chat message as HTML with one root element. {@code @name} becomes a mention only when
     * {@code isMember} accepts the lower-cased name; otherwise it stays text.
     */
    public String message(String text, Predicate<String> isMember) {
        var body = guarded(() -> messageBody(text));
        body.getAllElements().stream()
                .filter(element -> !element.nameIs("code"))
                .forEach(MarkdownRenderer::markSpoilers);
        // A message that names someone many times should cost one look-up.
        var answers = new HashMap<String, Boolean>();
        for (var node : mentionableText(body)) {
            markMentions(node, name -> answers.computeIfAbsent(name, isMember::test));
        }
        return rooted("message-body", body);
    }

    /** Everyone a message mentions, lower-cased, counted where {@link #message} would show a mention. */
    public static Set<String> mentionedUsernames(String text) {
        var names = new LinkedHashSet<String>();
        for (var node : mentionableText(guarded(() -> messageBody(text)))) {
            MENTION.matcher(node.getWholeText())
                    .results()
                    .forEach(match -> names.add(match.group(1).toLowerCase(Locale.ROOT)));
        }
        return names;
    }

    /**
     * An essay rendered as it was before any limit applied, on the caller's thread: the baseline against which
     * the essay benchmark measures what the limits cost. Never for members' text.
     */
    public static String renderWithoutLimits(String markdown) {
        var body = ESSAYS.sanitised(ESSAYS.parser().parse(markdown));
        body.select("[id]").forEach(element -> element.id("r1-" + element.id()));
        return rooted("essay-body", body);
    }

    private static String render(String markdown, String idPrefix) {
        var document = ESSAYS.parser().parse(markdown);
        if (MarkdownBudget.depthOf(document) > 2 * ESSAY_NESTING_MAX + NODES_BELOW_LEVELS) {
            throw InvalidInputException.of("body", MarkdownBudget.tooDeep());
        }
        var body = ESSAYS.sanitised(document);
        body.select("img").forEach(MarkdownRenderer::dropIfUnsafe);
        // Several essays share one page, and a member must not be able to claim ids the page itself uses.
        body.select("[id]").forEach(element -> element.id(idPrefix + element.id()));
        body.select("a[href^=#]")
                .forEach(link ->
                        link.attr("href", "#" + idPrefix + link.attr("href").substring(1)));
        body.select("[class]").forEach(MarkdownRenderer::keepKnownClasses);
        var html = rooted("essay-body", body);
        if (html.length() > ESSAY_HTML_MAX) {
            throw InvalidInputException.of("body", MarkdownBudget.tooLarge(html.length()));
        }
        return html;
    }

    /** A message nested deeper than flexmark's stack reaches is refused, not a failed page. */
    private static Element guarded(java.util.function.Supplier<Element> parse) {
        try {
            return parse.get();
        } catch (StackOverflowError e) {
            throw InvalidInputException.of(
                    "body",
                    "This message nests its formatting too deeply to show. Simplify it; it is still in the box.");
        }
    }

    private static Element messageBody(String text) {
        var document = MESSAGES.parser().parse(text);
        // There is no image parser to turn off, so chat takes an image back to the characters that made it.
        var images = new ArrayList<Image>();
        document.getDescendants().forEach(node -> {
            if (node instanceof Image image) {
                images.add(image);
            }
        });
        for (var image : images) {
            image.insertBefore(new Text(image.getChars()));
            image.unlink();
        }
        return MESSAGES.sanitised(document);
    }

    /** Vaadin's Html component takes exactly one root element. */
    private static String rooted(String className, Element body) {
        return "<div class=\"" + className + "\">" + body.html() + "</div>";
    }

    /** The cleaner removed a src that was not https; an image without one would only show as broken. */
    private static void dropIfUnsafe(Element image) {
        if (!image.hasAttr("src")) {
            image.remove();
        }
    }

    /**
     * Makes links of the addresses members paste bare. This works on the cleaned document, where text is
     * certainly text, and every link it makes is built with an http or https address.
     */
    private static void linkBareUrls(Element body) {
        var texts = new ArrayList<TextNode>();
        body.filter((node, depth) -> {
            if (node instanceof Element element && NOT_LINKED.contains(element.normalName())) {
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode text) {
                texts.add(text);
            }
            return NodeFilter.FilterResult.CONTINUE;
        });
        texts.forEach(MarkdownRenderer::linkBareUrls);
    }

    private static void linkBareUrls(TextNode node) {
        var text = node.getWholeText();
        var pieces = new ArrayList<Node>();
        var start = 0;
        var matcher = BARE_URL.matcher(text);
        while (matcher.find()) {
            var url = withoutTrailingPunctuation(matcher.group());
            if (matcher.start() > start) {
                pieces.add(new TextNode(text.substring(start, matcher.start())));
            }
            // GFM's choice: a "www." address gets plain http, and the site may redirect to https.
            var href = url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url;
            pieces.add(new Element("a").attr("href", href).text(url));
            // Punctuation left off the address is text again, up to the next address.
            start = matcher.start() + url.length();
        }
        if (pieces.isEmpty()) {
            return;
        }
        if (start < text.length()) {
            pieces.add(new TextNode(text.substring(start)));
        }
        pieces.forEach(node::before);
        node.remove();
    }

    /**
     * "(see https://example.com/her)." ends the address before ")."; a ")" or "]" stays only when the address
     * opens as many as it closes, as in https://en.wikipedia.org/wiki/Her_(film). The character after the
     * scheme or "www." is a letter or digit, so something of the address is always left.
     */
    private static String withoutTrailingPunctuation(String url) {
        var parentheses = openedLessClosed(url, '(', ')');
        var brackets = openedLessClosed(url, '[', ']');
        var end = url.length();
        while (TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
            var last = url.charAt(end - 1);
            if (last == ')') {
                if (parentheses >= 0) {
                    break;
                }
                parentheses++;
            } else if (last == ']') {
                if (brackets >= 0) {
                    break;
                }
                brackets++;
            }
            end--;
        }
        return url.substring(0, end);
    }

    private static long openedLessClosed(String url, char open, char close) {
        return url.chars().filter(c -> c == open).count()
                - url.chars().filter(c -> c == close).count();
    }

    private static void markLink(Element link) {
        if (!link.hasAttr("href")) {
            // The cleaner removed a dangerous target; what is left is only text.
            link.unwrap();
            return;
        }
        var href = link.attr("href").toLowerCase(Locale.ROOT);
        if (href.startsWith("http:") || href.startsWith("https:")) {
            link.attr("rel", EXTERNAL_REL).attr("target", "_blank");
        } else if (href.startsWith("mailto:")) {
            link.attr("rel", EXTERNAL_REL);
        }
    }

    private static void keepKnownClasses(Element element) {
        var kept = element.classNames().stream()
                .filter(name -> FOOTNOTE_CLASSES.contains(name)
                        || element.nameIs("code")
                                && LANGUAGE_CLASS.matcher(name).matches())
                .toList();
        if (kept.isEmpty()) {
            element.removeAttr("class");
        } else {
            element.attr("class", String.join(" ", kept));
        }
    }

    /**
     * Pairs the {@code ||} marks among one element's own children, first with next, and hides what lies between.
     * Marks inside child elements are paired there, so a spoiler never straddles an element's edge, and one
     * never runs past a line break. Built in one pass, as a message of nothing but bars must stay cheap.
     */
    private static void markSpoilers(Element parent) {
        if (parent.textNodes().stream().noneMatch(text -> text.getWholeText().contains(SPOILER_MARK))) {
            return;
        }
        var pieces = new ArrayList<Node>();
        for (var child : parent.childNodes()) {
            if (child instanceof TextNode text && text.getWholeText().contains(SPOILER_MARK)) {
                pieces.addAll(splitAtMarks(text.getWholeText()));
            } else {
                pieces.add(child);
            }
        }
        parent.empty();
        var kept = new ArrayList<Node>();
        var open = -1;
        for (var piece : pieces) {
            if (piece instanceof Element element && element.nameIs("br")) {
                open = -1;
            } else if (isMark(piece)) {
                if (open < 0) {
                    open = kept.size();
                } else {
                    var hidden = kept.subList(open + 1, kept.size());
                    if (hidden.stream().anyMatch(MarkdownRenderer::isVisible)) {
                        var spoiler = spoiler().appendChildren(new ArrayList<>(hidden));
                        hidden.clear();
                        kept.set(open, spoiler);
                        open = -1;
                        continue;
                    }
                    // "||||" or "|| ||" hides nothing, so both marks stay what they were.
                    open = -1;
                }
            }
            kept.add(piece);
        }
        parent.appendChildren(kept);
    }

    private static List<TextNode> splitAtMarks(String text) {
        var pieces = new ArrayList<TextNode>();
        var start = 0;
        for (var at = text.indexOf(SPOILER_MARK); at >= 0; at = text.indexOf(SPOILER_MARK, start)) {
            if (at > start) {
                pieces.add(new TextNode(text.substring(start, at)));
            }
            pieces.add(new TextNode(SPOILER_MARK));
            start = at + SPOILER_MARK.length();
        }
        if (start < text.length()) {
            pieces.add(new TextNode(text.substring(start)));
        }
        return pieces;
    }

    /** Text between marks never contains a mark, so a text piece that is exactly one is one. */
    private static boolean isMark(Node node) {
        return node instanceof TextNode text && text.getWholeText().equals(SPOILER_MARK);
    }

    private static boolean isVisible(Node node) {
        return !(node instanceof TextNode text) || !text.isBlank();
    }

    /**
     * Focusable, so a keyboard reveals it as a click does. A label would have to repeat the hidden text
     * to match what is shown (screen readers check that), so the hint is a title instead.
     */
    private static Element spoiler() {
        return new Element("span").addClass("spoiler").attr("tabindex", "0").attr("title", "Spoiler: select to reveal");
    }

    /** Code is shown as typed, and a link's text or address is not the place to call someone. */
    private static List<TextNode> mentionableText(Element body) {
        return body.getAllElements().stream()
                .filter(element -> element.closest("a, code") == null)
                .flatMap(element -> element.textNodes().stream())
                .toList();
    }

    private static void markMentions(TextNode node, Predicate<String> isMember) {
        var text = node.getWholeText();
        var pieces = new ArrayList<Node>();
        var start = 0;
        var matcher = MENTION.matcher(text);
        while (matcher.find()) {
            if (isMember.test(matcher.group(1).toLowerCase(Locale.ROOT))) {
                if (matcher.start() > start) {
                    pieces.add(new TextNode(text.substring(start, matcher.start())));
                }
                pieces.add(new Element("span").addClass("mention").text(matcher.group()));
                start = matcher.end();
            }
        }
        if (pieces.isEmpty()) {
            return;
        }
        if (start < text.length()) {
            pieces.add(new TextNode(text.substring(start)));
        }
        pieces.forEach(node::before);
        node.remove();
    }

    /** Both allowlists start here, so a link is held to the same rules wherever a member writes one. */
    private static Safelist withLinks() {
        return new Safelist()
                .addTags("a")
                .addAttributes("a", "href", "title")
                .addProtocols("a", "href", "http", "https", "mailto", "#");
    }

    /** Exactly the elements flexmark emits for the supported Markdown; relaxed() would drop del. */
    private static Safelist essaySafelist() {
        return withLinks()
                .addTags(
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
                        "div")
                .addAttributes("a", "class")
                .addAttributes("img", "src", "alt", "title")
                .addAttributes("ol", "start")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("code", "class")
                .addAttributes("div", "class")
                // Footnote references and footnotes link to each other by id.
                .addAttributes("sup", "id")
                .addAttributes("li", "id")
                .addProtocols("img", "src", "https");
    }

    /**
     * What flexmark emits for the chat subset. No span and no class: spoilers and mentions are added after
     * cleaning, so anything of the kind in the member's text is removed.
     */
    private static Safelist messageSafelist() {
        return withLinks().addTags("p", "br", "em", "strong", "del", "code");
    }

    /** One Markdown language and the allowlist that matches it. */
    private record Dialect(Parser parser, HtmlRenderer renderer, Cleaner cleaner) {

        Dialect(DataHolder options, Safelist safelist) {
            this(Parser.builder(options).build(), HtmlRenderer.builder(options).build(), new Cleaner(safelist));
        }

        /** The body of a clean document holding the rendered text, bare addresses linked and links marked. */
        Element sanitised(Document markdown) {
            var document = cleaner.clean(Jsoup.parseBodyFragment(renderer.render(markdown)));
            document.outputSettings().prettyPrint(false);
            var body = document.body();
            // Before marking, so that the links made here follow the same rule as the ones members wrote.
            linkBareUrls(body);
            body.select("a").forEach(MarkdownRenderer::markLink);
            return body;
        }
    }
}
