package org.filmclub.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.filmclub.base.InvalidInputException;

/**
 * Shows a service's refusal beside the fields it names. The fields keep what the member typed;
 * an error for a field the form does not show becomes a notification.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void show(InvalidInputException e) {
        clear();
        e.fieldErrors().forEach((name, message) -> {
            var field = fields.get(name);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notifications.error(message);
            }
        });
    }
}
