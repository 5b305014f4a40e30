package org.filmclub.film;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns member-written Markdown into HTML that is safe to put on a page: flexmark renders it with raw HTML
 * escaped, then a jsoup allowlist keeps only what flexmark itself produces.
 */
@Component
public class MarkdownRenderer {

    private static final int CACHED_REVISIONS = 256;
    private static final String EXTERNAL_REL = "noopener nofollow ugc";
    private static final Set<String> FOOTNOTE_CLASSES = Set.of("footnotes", "footnote-ref", "footnote-backref");
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]+");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner = new Cleaner(safelist());

    /** Rendered essays by revision id; a revision's text never changes, so the id alone is a safe key. */
    private final Map<Long, String> essays = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > CACHED_REVISIONS;
        }
    });

    public MarkdownRenderer() {
        var options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(
                        TablesExtension.create(),
                        StrikethroughExtension.create(),
                        AutolinkExtension.create(),
                        FootnoteExtension.create(),
                        TypographicExtension.create()))
                // Members write Markdown, not HTML: anything that looks like a tag is shown as typed.
                .set(HtmlRenderer.ESCAPE_HTML, true);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

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

    private String render(String markdown, String idPrefix) {
        var html = renderer.render(parser.parse(markdown));
        var document = cleaner.clean(Jsoup.parseBodyFragment(html));
        document.outputSettings().prettyPrint(false);
        var body = document.body();
        body.select("img").forEach(MarkdownRenderer::dropIfUnsafe);
        body.select("a").forEach(MarkdownRenderer::markLink);
        // Several essays share one page, and a member must not be able to claim ids the page itself uses.
        body.select("[id]").forEach(element -> element.id(idPrefix + element.id()));
        body.select("a[href^=#]").forEach(link -> link.attr("href", "#" + idPrefix + link.attr("href").substring(1)));
        body.select("[class]").forEach(MarkdownRenderer::keepKnownClasses);
        // Vaadin's Html component takes exactly one root element.
        return "<div class=\"essay-body\">" + body.html() + "</div>";
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

    /** Exactly the elements flexmark emits for the supported Markdown; relaxed() would drop del. */
    private static Safelist safelist() {
        return new Safelist()
                .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del",
                        "ul", "ol", "li", "blockquote", "a", "img", "code", "pre",
                        "table", "thead", "tbody", "tr", "th", "td", "sup", "div")
                .addAttributes("a", "href", "title", "class")
                .addAttributes("img", "src", "alt", "title")
                .addAttributes("ol", "start")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("code", "class")
                .addAttributes("div", "class")
                // Footnote references and footnotes link to each other by id.
                .addAttributes("sup", "id")
                .addAttributes("li", "id")
                .addProtocols("a", "href", "http", "https", "mailto", "#")
                .addProtocols("img", "src", "https");
    }
}
