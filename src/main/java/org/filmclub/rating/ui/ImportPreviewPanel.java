package org.filmclub.rating.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.Notifications;
import org.filmclub.rating.LetterboxdPreview;
import org.filmclub.rating.LetterboxdService.ImportResult;
import org.filmclub.rating.Stars;

/**
 * What a Letterboxd import would do: new ratings go in, a rating that differs from the member's own waits for a
 * tick (one by one, or all at once), and rows that match no film or could not be read are listed.
 */
final class ImportPreviewPanel extends Div {

    /** Rows listed by name at most; the rest are counted. */
    static final int LISTED_MAX = 100;

    private final LetterboxdPreview preview;
    private final Map<LetterboxdPreview.Item, Checkbox> replace = new LinkedHashMap<>();

    ImportPreviewPanel(
            LetterboxdPreview preview, Function<List<LetterboxdPreview.Item>, ImportResult> apply, Runnable done) {
        this.preview = preview;
        addClassName("letterboxd-preview");
        add(new H3("What the import would do"));
        add(new Paragraph(summary()));
        if (!preview.fresh().isEmpty()) {
            add(list(
                    "New ratings",
                    preview.fresh(),
                    item -> item.title() + " (" + item.year() + "): " + Stars.label(item.halves())));
        }
        if (!preview.differing().isEmpty()) {
            add(
                    new H3("Different from your rating"),
                    new Paragraph("Tick the ones Letterboxd should replace; the rest stay as they are."));
            var all = new Checkbox("Replace all " + preview.differing().size());
            add(all);
            for (var item : preview.differing()) {
                var box = new Checkbox(item.title() + " (" + item.year() + "): yours " + Stars.of(item.current())
                        + ", Letterboxd " + Stars.of(item.halves()));
                replace.put(item, box);
                add(box);
            }
            all.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    replace.values().forEach(box -> box.setValue(e.getValue()));
                }
            });
        }
        if (!preview.notMatched().isEmpty()) {
            add(list(
                    "Not matched (the club has no such film)",
                    preview.notMatched(),
                    n -> "Line " + n.line() + ": " + n.title() + " (" + n.year() + ")"));
        }
        if (!preview.problems().isEmpty()) {
            add(list("Rows not read", preview.problems(), p -> p));
        }
        var importButton = new Button("Import", e -> {
            try {
                var result = apply.apply(confirmed());
                var said = "Imported " + result.written() + (result.written() == 1 ? " rating." : " ratings.");
                if (!result.leftAlone().isEmpty()) {
                    said += " Left alone, because your rating changed or the film was removed since the preview: "
                            + String.join(", ", result.leftAlone()) + ".";
                }
                Notifications.success(said);
                done.run();
            } catch (InvalidInputException | NotPermittedException | ContentNotFoundException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> removeFromParent());
        var actions = new Div(importButton, cancel);
        actions.addClassName("actions");
        add(actions);
    }

    private String summary() {
        return preview.fresh().size() + " new, " + preview.differing().size() + " different from yours, "
                + preview.unchanged() + " the same as yours, "
                + preview.notMatched().size() + " not matched, "
                + preview.problems().size() + " not read"
                + (preview.withoutRating() > 0
                        ? ", " + preview.withoutRating() + " without a rating (left out)."
                        : ".");
    }

    /** The new ratings and the differing ones the member ticked. */
    private List<LetterboxdPreview.Item> confirmed() {
        var confirmed = new ArrayList<>(preview.fresh());
        replace.forEach((item, box) -> {
            if (box.getValue()) {
                confirmed.add(item);
            }
        });
        return confirmed;
    }

    private static <T> Div list(String heading, List<T> items, Function<T, String> line) {
        var list = new UnorderedList();
        items.stream().limit(LISTED_MAX).forEach(item -> list.add(new ListItem(line.apply(item))));
        var section = new Div(new H3(heading + " (" + items.size() + ")"), list);
        if (items.size() > LISTED_MAX) {
            section.add(new Paragraph("… and " + (items.size() - LISTED_MAX) + " more."));
        }
        return section;
    }
}
