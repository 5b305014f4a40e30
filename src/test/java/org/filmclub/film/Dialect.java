package org.filmclub.film;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.filmclub.markdown.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The two Markdown dialects the renderer writes: an essay's and a chat message's. */
enum Dialect {
    ESSAY("essay-body") {
        @Override
        String html(String text) {
            return RENDERER.preview(text);
        }
    },
    MESSAGE("message-body") {
        @Override
        String html(String text) {
            return RENDERER.message(text, MEMBERS);
        }
    };

    /** What every link to another site carries. */
    static final String EXTERNAL_REL = "noopener nofollow ugc";

    /** The members a message may mention. */
    static final Predicate<String> MEMBERS = Set.of("ana", "ben.k", "cleo_")::contains;

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private final String rootClass;

    Dialect(String rootClass) {
        this.rootClass = rootClass;
    }

    abstract String html(String text);

    /** The text rendered in this dialect, as its single root element. */
    Element render(String text) {
        return root(html(text));
    }

    /** The single root element of this dialect's HTML, after checking it is the only one. */
    Element root(String html) {
        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.childNodes()).hasSize(1);
        var root = body.child(0);
        assertThat(root.tagName()).isEqualTo("div");
        assertThat(root.className()).isEqualTo(rootClass);
        return root;
    }
}
