package org.filmclub.timeline.ui;

import com.vaadin.flow.component.Component;
import org.filmclub.base.live.LiveBus;
import org.filmclub.film.FilmPage;
import org.filmclub.film.FilmPageSection;
import org.filmclub.member.CurrentMember;
import org.filmclub.timeline.TimelineService;

/** Puts the film's timeline on every film page. */
@org.springframework.stereotype.Component
class TimelineSection implements FilmPageSection {

    private final TimelineService timelines;
    private final LiveBus bus;
    private final CurrentMember currentMember;

    TimelineSection(TimelineService timelines, LiveBus bus, CurrentMember currentMember) {
        this.timelines = timelines;
        this.bus = bus;
        this.currentMember = currentMember;
    }

    @Override
    public Slot slot() {
        return Slot.TIMELINE;
    }

    @Override
    public Component create(FilmPage page) {
        return new TimelinePanel(
                timelines,
                bus,
                page.clubSlug(),
                page.filmId(),
                currentMember.require().id());
    }
}
