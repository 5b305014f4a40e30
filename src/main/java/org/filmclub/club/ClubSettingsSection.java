package org.filmclub.club;

import com.vaadin.flow.component.Component;

/**
 * A part of a club's settings page, which only hosts open, that a feature built on clubs provides (such as
 * the club's data to download), so that the club feature never depends on it.
 */
public interface ClubSettingsSection {

    /** Lower comes first. */
    int order();

    /** A new component for a host's settings page of the club. */
    Component create(ClubMembership membership);
}
