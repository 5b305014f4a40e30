package org.filmclub.discussion.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.List;
import org.filmclub.base.live.LiveBus;
import org.filmclub.discussion.DiscussionBanner;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.FilmPage;
import org.filmclub.film.FilmPageSection;
import org.filmclub.member.CurrentMember;
import org.filmclub.watch.ProgressService;

/** Puts the live discussion on every film page. */
@org.springframework.stereotype.Component
class DiscussionSection implements FilmPageSection {

    private final DiscussionService discussion;
    private final LiveBus bus;
    private final CurrentMember currentMember;
    private final Clock clock;
    private final List<DiscussionBanner> banners;
    private final ProgressService progress;

    DiscussionSection(
            DiscussionService discussion,
            LiveBus bus,
            CurrentMember currentMember,
            Clock clock,
            List<DiscussionBanner> banners,
            ProgressService progress) {
        this.progress = progress;
        this.banners = banners;
        this.discussion = discussion;
        this.bus = bus;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    @Override
    public Slot slot() {
        return Slot.DISCUSSION;
    }

    @Override
    public Component create(FilmPage page) {
        var opened = discussion.open(page.clubSlug(), page.filmId());
        return new DiscussionPanel(
                discussion,
                bus,
                clock,
                currentMember.require().timeZone(),
                opened,
                banners.stream().map(banner -> banner.create(opened.film())).toList(),
                progress);
    }
}
