package org.filmclub.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A piece of the app shell that a feature provides, such as the club switcher or the member menu,
 * so the shell never depends on the features that fill it.
 */
public interface ShellPart {

    enum Place {
        APP_BAR,
        DRAWER
    }

    Place place();

    /** Lower comes first. */
    int order();

    /** A new component for one UI, or empty when there is nothing to show (for example when signed out). */
    Optional<Component> create();
}
