package org.filmclub.film;

import java.util.LinkedHashMap;
import org.filmclub.base.InvalidInputException;
import org.filmclub.markdown.MarkdownBudget;
import org.filmclub.markdown.MarkdownRenderer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Essays as readers get them: the HTML stored with each revision, held once in memory for every page that shows
 * it. A revision saved before HTML was stored is rendered when first read, within the same limits as
 * publishing, and stored then; one that cannot be shown is stored as {@link #NOT_SHOWN}, so it is never parsed
 * again and its page shows the rest.
 */
@Component
class StoredEssays {

    /** Stored for a text that could not be shown within the limits; no rendering is ever empty. */
    static final String NOT_SHOWN = "";
    /** Characters of HTML held for readers; a few of the largest essays, or hundreds of usual ones. */
    static final long HELD_CHARS_MAX = 8_000_000;

    static final int HELD_MAX = 256;

    /** A revision's HTML and its length as a reader feels it. */
    record Shown(String html, EssayStats stats) {}

    private final JdbcClient jdbc;
    private final MarkdownRenderer renderer;
    private final TransactionTemplate separately;
    private final LinkedHashMap<Long, Shown> held = new LinkedHashMap<>(64, 0.75f, true);
    private long heldChars;

    StoredEssays(JdbcClient jdbc, MarkdownRenderer renderer, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The revision as it is shown: from memory if a page showed it lately, else its stored HTML, rendered and
     * stored now if it has none yet.
     */
    Shown shown(long revisionId, String storedHtml) {
        synchronized (held) {
            var kept = held.get(revisionId);
            if (kept != null) {
                return kept;
            }
        }
        var html = storedHtml != null ? storedHtml : backfill(revisionId);
        if (html == null) {
            return new Shown(NOT_SHOWN, new EssayStats(0, 0));
        }
        return hold(revisionId, new Shown(html, html.isEmpty() ? new EssayStats(0, 0) : EssayStats.ofHtml(html)));
    }

    /** Null if the server is too busy to render it now; the next reader tries again. */
    private String backfill(long revisionId) {
        var revision = jdbc.sql("select essay_id, number, body from essay_revisions where id = :id")
                .param("id", revisionId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3)})
                .optional();
        if (revision.isEmpty()) {
            return NOT_SHOWN;
        }
        var row = revision.get();
        String html;
        try {
            html = renderer.essay((Long) row[0], (Integer) row[1], (String) row[2]);
        } catch (MarkdownBudget.NotNow e) {
            return null;
        } catch (InvalidInputException e) {
            html = NOT_SHOWN;
        }
        var stored = html;
        // Its own transaction, as readers read in read-only ones; two readers at once store the same HTML.
        separately.executeWithoutResult(
                status -> jdbc.sql("update essay_revisions set html = :html where id = :id and html is null")
                        .param("html", stored)
                        .param("id", revisionId)
                        .update());
        return stored;
    }

    private Shown hold(long revisionId, Shown shown) {
        synchronized (held) {
            var raced = held.putIfAbsent(revisionId, shown);
            if (raced != null) {
                return raced;
            }
            heldChars += shown.html().length();
            var eldest = held.entrySet().iterator();
            while ((heldChars > HELD_CHARS_MAX || held.size() > HELD_MAX) && eldest.hasNext()) {
                heldChars -= eldest.next().getValue().html().length();
                eldest.remove();
            }
            return shown;
        }
    }
}
