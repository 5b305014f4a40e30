package org.filmclub.timeline.ui;

import com.vaadin.flow.component.Component;
import org.filmclub.film.FilmPage;
import org.filmclub.film.FilmPageSection;
import org.filmclub.timeline.TimelineService;

/** Puts the film's timeline on every film page. */
@org.springframework.stereotype.Component
class TimelineSection implements FilmPageSection {

    private final TimelineService timelines;

    TimelineSection(TimelineService timelines) {
        this.timelines = timelines;
    }

    @Override
    public Slot slot() {
        return Slot.TIMELINE;
    }

    @Override
    public Component create(FilmPage page) {
        return new TimelinePanel(timelines, page.clubSlug(), page.filmId());
    }
}
