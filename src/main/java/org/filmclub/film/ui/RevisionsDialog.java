package org.filmclub.film.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.Times;
import org.filmclub.film.EndingFoldedException;
import org.filmclub.film.EssayService;
import org.filmclub.film.RevisionInfo;

/** An essay's history: every saved revision, who saved it and when; its author or a host can bring one back. */
class RevisionsDialog extends Dialog {

    private final EssayService essays;
    private final String slug;
    private final long essayId;
    private final ZoneId zone;
    private final boolean canRestore;
    private final Runnable changed;
    /** The member revealed this essay on the ending, here or on the page that opened this. */
    private boolean revealed;

    private final UnorderedList list = new UnorderedList();
    private final Div reader = new Div();

    RevisionsDialog(
            EssayService essays,
            String slug,
            long essayId,
            ZoneId zone,
            boolean canRestore,
            boolean revealed,
            Runnable changed) {
        this.revealed = revealed;
        this.essays = essays;
        this.slug = slug;
        this.essayId = essayId;
        this.zone = zone;
        this.canRestore = canRestore;
        this.changed = changed;
        setHeaderTitle("History of this essay");
        setWidth("min(60rem, 100vw)");
        list.addClassName("revisions");
        reader.addClassName("revision-reader");
        add(list, reader);
        getFooter().add(new Button("Close", e -> close()));
        load();
    }

    private void load() {
        list.removeAll();
        essays.revisions(slug, essayId).forEach(r -> list.add(item(r)));
    }

    private ListItem item(RevisionInfo revision) {
        var label = "Revision " + revision.number() + " · " + revision.editor() + " · "
                + Times.dateTime(revision.savedAt(), zone);
        if (revision.restoredFrom() != null) {
            label += " · restored from revision " + revision.restoredFrom();
        }
        var item = new ListItem(new Span(label));
        var read = new Button("Read", e -> read(revision.number()));
        read.setAriaLabel("Read revision " + revision.number());
        item.add(read);
        if (revision.current()) {
            var current = new Span("current");
            current.addClassName("role-badge");
            item.add(current);
        } else if (canRestore) {
            var restore = new Button("Restore", e -> restore(revision.number()));
            restore.setAriaLabel("Restore revision " + revision.number());
            item.add(restore);
        }
        item.getChildren().filter(Button.class::isInstance).forEach(b -> ((Button) b)
                .addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        return item;
    }

    private void read(int number) {
        try {
            reader.removeAll();
            var html = essays.revisionHtml(slug, essayId, number, revealed);
            reader.add(html.isEmpty() ? EssayArticle.unshown() : new Html(html));
        } catch (EndingFoldedException folded) {
            reader.add(new EndingNotice(() -> {
                revealed = true;
                read(number);
            }));
        } catch (ContentNotFoundException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void restore(int number) {
        try {
            var now = essays.restore(slug, essayId, number);
            Notifications.success("Revision " + number + " is the current text again (saved as revision " + now + ").");
            load();
            changed.run();
        } catch (ContentNotFoundException | NotPermittedException | InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }
}
