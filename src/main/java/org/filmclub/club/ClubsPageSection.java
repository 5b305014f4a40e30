package org.filmclub.club;

import com.vaadin.flow.component.Component;

/**
 * A part of the "My clubs" page that a feature built on clubs provides, such as bringing in a club from
 * another installation, so that the club feature never depends on it.
 */
public interface ClubsPageSection {

    /** A new component for the current member's "My clubs" page. */
    Component create();
}
