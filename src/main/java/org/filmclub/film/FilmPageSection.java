package org.filmclub.film;

import com.vaadin.flow.component.Component;
import org.filmclub.base.ui.ReadingLayout;

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

    /** Puts a part where every page about a film shows it: the discussion and the questions beside the text, the rest below. */
    static void place(ReadingLayout layout, Slot slot, Component part) {
        switch (slot) {
            case DISCUSSION -> layout.talk("Discussion", part);
            case QUESTIONS -> layout.talk("Questions", part);
            default -> layout.below(part);
        }
    }
}
