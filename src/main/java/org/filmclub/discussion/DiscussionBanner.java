package org.filmclub.discussion;

import com.vaadin.flow.component.Component;
import org.filmclub.film.FilmRef;

/**
 * Something a feature shows at the top of a film's discussion panel, such as the question the club
 * is discussing now, so the discussion never depends on that feature.
 */
public interface DiscussionBanner {

    Component create(FilmRef film);
}
