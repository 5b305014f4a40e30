package org.filmclub.watch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Stands in for what a member's progress keeps from a screen: "4 messages from later in the film", and a Reveal
 * button that shows them on this screen on purpose. Only the count reaches the browser, never their text.
 */
public class HeldBack extends Div {

    private final String one;
    private final String many;
    private final Span words = new Span();
    private long count;

    /**
     * @param one what one held-back item is called, "message"
     * @param many what several are called, "messages"
     * @param reveal what Reveal does: show them on this screen
     */
    public HeldBack(String one, String many, Runnable reveal) {
        this.one = one;
        this.many = many;
        addClassName("held-back");
        var button = new Button("Reveal", e -> reveal.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        words.getElement().setAttribute("aria-live", "polite");
        add(words, button);
        show(0);
    }

    /** Says how many are held back; hides itself when none are. */
    public void show(long heldBack) {
        count = heldBack;
        words.setText(heldBack + " " + (heldBack == 1 ? one : many) + " from later in the film");
        setVisible(heldBack > 0);
    }

    public long count() {
        return count;
    }
}
