package org.filmclub.rating.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.filmclub.base.live.LiveBus;
import org.filmclub.club.ClubAccess;
import org.filmclub.film.FilmPage;
import org.filmclub.film.FilmPageSection;
import org.filmclub.member.CurrentMember;
import org.filmclub.rating.RatingService;

/** Puts the ratings on every film page. */
@org.springframework.stereotype.Component
class RatingsSection implements FilmPageSection {

    private final RatingService ratings;
    private final ClubAccess access;
    private final CurrentMember currentMember;
    private final LiveBus bus;
    private final Clock clock;

    RatingsSection(RatingService ratings, ClubAccess access, CurrentMember currentMember, LiveBus bus, Clock clock) {
        this.ratings = ratings;
        this.access = access;
        this.currentMember = currentMember;
        this.bus = bus;
        this.clock = clock;
    }

    @Override
    public Slot slot() {
        return Slot.RATINGS;
    }

    @Override
    public Component create(FilmPage page) {
        return new RatingPanel(
                ratings,
                bus,
                clock,
                currentMember.require().timeZone(),
                access.requireMember(page.clubSlug()),
                page.filmId());
    }
}
