package org.filmclub.film;

import com.vaadin.flow.component.Component;

/**
 * A part of the film page that a feature built on films provides, such as the discussion or the
 * question board, so the film feature never depends on them.
 */
public interface FilmPageSection {

    /** Lower comes first. */
    int order();

    Component create(FilmPage page);
}
