package org.filmclub.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * The foot of a dialog that asks for something: Cancel, then the action. Ctrl+Enter presses the action from any
 * field of the dialog (plain Enter belongs to the fields that take several lines), and Escape cancels.
 */
public final class DialogActions {

    private DialogActions() {}

    public static void cancelOr(Dialog dialog, Button action) {
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        action.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(dialog);
        action.getElement().setAttribute("aria-keyshortcuts", "Control+Enter");
        action.setTooltipText("Ctrl+Enter");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), action);
    }
}
