package org.filmclub.club;

import com.vaadin.flow.component.Component;

/**
 * A part of a club's home page that a feature built on clubs provides, such as its films, so that
 * the club feature never depends on the features that fill its page.
 */
public interface ClubHomeSection {

    /** Lower comes first. */
    int order();

    /** A new component for one member's view of the club's home. */
    Component create(ClubMembership membership);
}
