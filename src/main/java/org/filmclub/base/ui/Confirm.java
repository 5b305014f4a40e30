package org.filmclub.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before something that cannot be undone; Escape or Cancel leaves everything as it was. */
public final class Confirm {

    private Confirm() {}

    public static void destructive(String question, String consequence, String confirmText, Runnable action) {
        var dialog = new ConfirmDialog(question, consequence, confirmText, e -> action.run());
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
