package org.filmclub.film;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns member-written Markdown into HTML that is safe to put on a page: flexmark renders it with raw HTML
 * escaped, then a jsoup allowlist keeps only what flexmark itself produces. Essays get the full language; chat
 * messages get a small inline subset plus spoilers and mentions, which are added after sanitising so that no
 * member-written markup can ever produce them.
 */

public class OldMarkdownRenderer {

    private static final int CACHED_REVISIONS = 256;
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

    private static final Dialect ESSAYS = new Dialect(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(
                    TablesExtension.create(),
                    StrikethroughExtension.create(),
                    AutolinkExtension.create(),
                    FootnoteExtension.create(),
                    TypographicExtension.create()))
            // Members write Markdown, not HTML: anything that looks like a tag is shown as typed.
            .set(HtmlRenderer.ESCAPE_HTML, true),
            essaySafelist());

    /** Chat is inline text: whatever would start a block stays the characters the member typed. */
    private static final Dialect MESSAGES = new Dialect(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create(), AutolinkExtension.create()))
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

    /** Rendered essays by revision id; a revision's text never changes, so the id alone is a safe key. */
    private final Map<Long, String> essays = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > CACHED_REVISIONS;
        }
    });

    public String essay(long revisionId, String markdown) {
        var cached = essays.get(revisionId);
        if (cached != null) {
            return cached;
        }
        var html = render(markdown, "r" + revisionId + "-");
        // Rendering happens outside the lock; if two requests raced, both get the instance that was kept.
        var raced = essays.putIfAbsent(revisionId, html);
        return raced != null ? raced : html;
    }

    public String preview(String markdown) {
        return render(markdown, "preview-");
    }

    /**
     * A chat message as HTML with one root element. {@code @name} becomes a mention only when
     * {@code isMember} accepts the lower-cased name; otherwise it stays text.
     */
    public String message(String text, Predicate<String> isMember) {
        var body = messageBody(text);
        body.getAllElements().stream()
                .filter(element -> !element.nameIs("code"))
                .forEach(OldMarkdownRenderer::markSpoilers);
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
        for (var node : mentionableText(messageBody(text))) {
            MENTION.matcher(node.getWholeText()).results()
                    .forEach(match -> names.add(match.group(1).toLowerCase(Locale.ROOT)));
        }
        return names;
    }

    private static String render(String markdown, String idPrefix) {
        var body = ESSAYS.sanitised(ESSAYS.parser().parse(markdown));
        body.select("img").forEach(OldMarkdownRenderer::dropIfUnsafe);
        // Several essays share one page, and a member must not be able to claim ids the page itself uses.
        body.select("[id]").forEach(element -> element.id(idPrefix + element.id()));
        body.select("a[href^=#]").forEach(link -> link.attr("href", "#" + idPrefix + link.attr("href").substring(1)));
        body.select("[class]").forEach(OldMarkdownRenderer::keepKnownClasses);
        return rooted("essay-body", body);
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
                        || element.nameIs("code") && LANGUAGE_CLASS.matcher(name).matches())
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
                    if (hidden.stream().anyMatch(OldMarkdownRenderer::isVisible)) {
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

    private static Element spoiler() {
        return new Element("span").addClass("spoiler")
                .attr("tabindex", "0")
                .attr("role", "button")
                .attr("aria-label", "Spoiler, select to reveal");
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
                .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del",
                        "ul", "ol", "li", "blockquote", "img", "code", "pre",
                        "table", "thead", "tbody", "tr", "th", "td", "sup", "div")
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

        /** The body of a clean document holding the rendered text, its links marked. */
        Element sanitised(Document markdown) {
            var document = cleaner.clean(Jsoup.parseBodyFragment(renderer.render(markdown)));
            document.outputSettings().prettyPrint(false);
            var body = document.body();
            body.select("a").forEach(OldMarkdownRenderer::markLink);
            return body;
        }
    }
}
