package org.filmclub.film.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.filmclub.base.InvalidInputException;
import org.filmclub.film.EssayService;
import org.filmclub.film.EssayStats;
import org.filmclub.film.FilmLimits;

/**
 * The editor's live preview. It renders away from the session's lock, one render at a time: a member typing
 * faster than it renders gets the newest text next, never a queue of stale ones, and a text the renderer
 * refuses shows why instead of holding the page.
 */
class EssayPreview extends Div {

    private final EssayService essays;
    private final Consumer<String> describe;
    private boolean rendering;
    private String next;

    /** @param describe told the essay's length as a reader feels it, whenever the preview changes */
    EssayPreview(EssayService essays, Consumer<String> describe) {
        this.essays = essays;
        this.describe = describe;
        addClassName("essay-preview");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Preview");
    }

    void show(String text) {
        if (rendering) {
            next = text;
            return;
        }
        rendering = true;
        var ui = UI.getCurrent();
        essays.preview(text).whenComplete((html, refused) -> {
            try {
                ui.access(() -> shown(text, html, refused));
            } catch (UIDetachedException closed) {
                // The editor was closed while its preview rendered: nobody to show it to.
            }
        });
    }

    private void shown(String text, String html, Throwable refused) {
        rendering = false;
        removeAll();
        var counts = text.length() > FilmLimits.ESSAY_MAX * 9 / 10
                ? String.format("%,d / %,d characters", text.length(), FilmLimits.ESSAY_MAX)
                : "";
        if (html != null) {
            add(new Html(html));
            describe.accept(EssayStats.ofHtml(html).describe() + (counts.isEmpty() ? "" : " · " + counts));
        } else {
            var cause = refused instanceof CompletionException wrapped ? wrapped.getCause() : refused;
            var reason = cause instanceof InvalidInputException invalid ? " " + invalid.getMessage() : "";
            var line = new Paragraph("Preview too large or complex to show." + reason);
            line.addClassName("preview-refused");
            add(line);
            describe.accept(counts);
        }
        if (next != null) {
            var newest = next;
            next = null;
            show(newest);
        }
    }
}
