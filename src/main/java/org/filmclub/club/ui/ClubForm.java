package org.filmclub.club.ui;

import static org.filmclub.club.ClubLimits.*;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.ui.FieldErrors;
import org.filmclub.club.ClubDetails;
import org.filmclub.club.Slugs;

/** Name, address and description of a club, for creating one or editing it. */
class ClubForm extends FormLayout {

    final TextField name = new TextField("Club name");
    final TextField slug = new TextField("Address");
    final TextArea description = new TextArea("Short description");
    private final FieldErrors errors = new FieldErrors();
    private boolean slugEdited;

    ClubForm() {
        name.setMaxLength(NAME_MAX);
        name.setRequired(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        slug.setMaxLength(SLUG_MAX);
        slug.setMinLength(SLUG_MIN);
        slug.setPrefixComponent(new Span("/clubs/"));
        slug.setHelperText("Lower-case letters, digits and dashes");
        description.setMaxLength(DESCRIPTION_MAX);
        description.setHelperText("What does your club watch, and when do you meet?");
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.addValueChangeListener(
                e -> description.setHelperText(e.getValue().length() + " / " + DESCRIPTION_MAX));
        // The address follows the name until the member types one of their own.
        name.addValueChangeListener(e -> {
            if (!slugEdited) {
                slug.setValue(e.getValue().isBlank() ? "" : Slugs.fromName(e.getValue()));
            }
        });
        slug.addValueChangeListener(e -> slugEdited |= e.isFromClient());
        errors.bind("name", name).bind("slug", slug).bind("description", description);
        add(name, slug, description);
        setColspan(description, 2);
    }

    ClubForm(String currentName, String currentSlug, String currentDescription) {
        this();
        slugEdited = true;
        name.setValue(currentName);
        slug.setValue(currentSlug);
        description.setValue(currentDescription);
    }

    ClubDetails details() {
        return new ClubDetails(name.getValue(), description.getValue(), slug.getValue());
    }

    void show(InvalidInputException e) {
        errors.show(e);
    }

    void clearErrors() {
        errors.clear();
    }
}
