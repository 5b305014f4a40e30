package org.filmclub.film;

import com.vaadin.flow.component.Component;

/**
 * A part of the film page that a feature built on films provides, such as the discussion or the
 * question board, so the film feature never depends on them. The page shows its slots in order
 * and says what will come in a slot that nothing fills yet.
 */
public interface FilmPageSection {

    enum Slot {
        SCREENINGS,
        DISCUSSION,
        QUESTIONS,
        TIMELINE,
        RATINGS
    }

    Slot slot();

    Component create(FilmPage page);
}
