package org.filmclub.poll.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.filmclub.poll.PollChoice;

/**
 * A member's ranking, most preferred first: rows are dragged into order, or moved with Move up and Move
 * down from the keyboard, which keeps focus on the row that moved. Nothing is stored until Save.
 */
class BallotEditor extends Div {

    private final List<PollChoice> choices;
    private final List<Long> ranked;
    private final Consumer<List<Long>> save;
    private final OrderedList rankedList = new OrderedList();
    private final UnorderedList unrankedList = new UnorderedList();

    BallotEditor(List<PollChoice> choices, List<Long> ballot, Consumer<List<Long>> save) {
        this.choices = choices;
        this.ranked = new ArrayList<>(ballot);
        this.save = save;
        addClassName("ballot-editor");
        rankedList.addClassName("ballot-ranked");
        rankedList.getElement().setAttribute("aria-label", "Your ranking");
        unrankedList.addClassName("ballot-unranked");
        var hint = new Paragraph("Rank as many films as you like, your favourite first: drag them, or use Move up"
                + " and Move down. You can change your ballot until the poll closes.");
        hint.addClassName("hint");
        var saveButton = new Button("Save ballot", e -> save.accept(List.copyOf(ranked)));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(hint, new H3("Your ranking"), rankedList, new H3("Not ranked"), unrankedList, saveButton);
        render(null, null);
    }

    /** The ranking as it stands in the editor, saved or not. */
    List<Long> ranking() {
        return List.copyOf(ranked);
    }

    void move(long id, int by) {
        var from = ranked.indexOf(id);
        var to = from + by;
        if (from < 0 || to < 0 || to >= ranked.size()) {
            return;
        }
        ranked.remove(from);
        ranked.add(to, id);
        render(id, by < 0 ? "up" : "down");
    }

    private void rank(long id) {
        ranked.add(id);
        render(id, "remove");
    }

    private void unrank(long id) {
        ranked.remove(Long.valueOf(id));
        render(null, null);
    }

    /** Puts the dragged film just before the one it was dropped on; on the list itself, last. */
    private void dropBefore(long dragged, Long target) {
        if (target != null && target == dragged) {
            return;
        }
        ranked.remove(Long.valueOf(dragged));
        if (target == null || !ranked.contains(target)) {
            ranked.add(dragged);
        } else {
            ranked.add(ranked.indexOf(target), dragged);
        }
        render(null, null);
    }

    private void render(Long focusRow, String focusButton) {
        rankedList.removeAll();
        unrankedList.removeAll();
        for (var i = 0; i < ranked.size(); i++) {
            var choice = choice(ranked.get(i));
            var row = new ListItem();
            row.addClassName("ballot-row");
            var label = new Span(choice.label());
            var up = button(
                    "Move up", VaadinIcon.ARROW_UP, "Move " + choice.label() + " up", e -> move(choice.id(), -1));
            var down = button(
                    "Move down", VaadinIcon.ARROW_DOWN, "Move " + choice.label() + " down", e -> move(choice.id(), 1));
            var remove = button(
                    "Remove",
                    VaadinIcon.CLOSE_SMALL,
                    "Remove " + choice.label() + " from your ranking",
                    e -> unrank(choice.id()));
            up.setEnabled(i > 0);
            down.setEnabled(i < ranked.size() - 1);
            var actions = new Div(up, down, remove);
            actions.addClassName("actions");
            row.add(label, actions);
            draggable(row, choice.id());
            rankedList.add(row);
            if (focusRow != null && focusRow == choice.id()) {
                var target = "up".equals(focusButton)
                        ? (up.isEnabled() ? up : down)
                        : "down".equals(focusButton) ? (down.isEnabled() ? down : up) : remove;
                if (target.isEnabled()) {
                    target.focus();
                }
            }
        }
        if (ranked.isEmpty()) {
            var empty = new ListItem("Nothing ranked yet. Drag a film here, or use Rank.");
            DropTarget.create(empty).addDropListener(e -> e.getDragData().ifPresent(d -> dropBefore((Long) d, null)));
            rankedList.add(empty);
        }
        for (var choice : choices) {
            if (!ranked.contains(choice.id())) {
                var row = new ListItem(new Span(choice.label()));
                row.addClassName("ballot-row");
                var add = button("Rank", VaadinIcon.PLUS, "Rank " + choice.label(), e -> rank(choice.id()));
                var actions = new Div(add);
                actions.addClassName("actions");
                row.add(actions);
                DragSource.create(row).setDragData(choice.id());
                unrankedList.add(row);
            }
        }
    }

    private void draggable(ListItem row, long id) {
        DragSource.create(row).setDragData(id);
        DropTarget.create(row).addDropListener(e -> e.getDragData().ifPresent(d -> dropBefore((Long) d, id)));
    }

    private static Button button(
            String text,
            VaadinIcon icon,
            String ariaLabel,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        var b = new Button(text, icon.create(), click);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.getElement().setAttribute("aria-label", ariaLabel);
        return b;
    }

    private PollChoice choice(long id) {
        return choices.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }
}
