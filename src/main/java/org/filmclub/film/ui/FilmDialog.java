package org.filmclub.film.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.DialogActions;
import org.filmclub.film.FilmDetails;

/** Adds or edits a film; a refused save shows beside the fields and keeps what was typed. */
class FilmDialog extends Dialog {

    FilmDialog(String heading, FilmForm form, String saveText, Consumer<FilmDetails> save) {
        super(heading, form);
        setWidth("min(40rem, 100vw)");
        var saveButton = new Button(saveText, e -> {
            try {
                save.accept(form.details());
                close();
            } catch (InvalidInputException invalid) {
                form.show(invalid);
            }
        });
        DialogActions.cancelOr(this, saveButton);
        addOpenedChangeListener(e -> form.title.focus());
    }
}
