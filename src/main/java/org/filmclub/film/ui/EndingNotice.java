package org.filmclub.film.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.filmclub.film.EssayCard;

/**
 * Stands in for an essay on the ending that the reader's progress keeps folded: why, and a Reveal button that opens
 * it on this screen only. The essay's text is not on the page until they press it.
 */
class EndingNotice extends Div {

    EndingNotice(Runnable reveal) {
        addClassName("ending-notice");
        var why = new Paragraph(EssayCard.FOLDED);
        var open = new Button("Reveal", e -> reveal.run());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.setAriaLabel("Reveal this essay, which discusses the ending");
        add(why, open);
    }
}
