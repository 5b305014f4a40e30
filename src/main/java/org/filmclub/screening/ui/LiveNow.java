package org.filmclub.screening.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.LiveUpdates;
import org.filmclub.base.ui.ShellPart;
import org.filmclub.club.ClubService;
import org.filmclub.member.CurrentMember;
import org.filmclub.screening.ScreeningLive;
import org.filmclub.screening.ScreeningService;

/** "Live now" in the app bar, wherever the member is, while a screening of one of their clubs runs. */
@org.springframework.stereotype.Component
class LiveNow implements ShellPart {

    private final ScreeningService screenings;
    private final ClubService clubs;
    private final CurrentMember currentMember;
    private final LiveBus bus;

    LiveNow(ScreeningService screenings, ClubService clubs, CurrentMember currentMember, LiveBus bus) {
        this.screenings = screenings;
        this.clubs = clubs;
        this.currentMember = currentMember;
        this.bus = bus;
    }

    @Override
    public Place place() {
        return Place.APP_BAR;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Optional<Component> create() {
        if (currentMember.find().isEmpty()) {
            return Optional.empty();
        }
        var bar = new Div();
        bar.addClassName("live-now");
        bar.getElement().setAttribute("aria-live", "polite");
        var live = new LinkedHashMap<Long, ScreeningLive>();
        screenings.liveNow().forEach(s -> live.put(s.screeningId(), s));
        show(bar, live);
        clubs.myClubs().forEach(club -> LiveUpdates.follow(bar, bus, ScreeningLive.topic(club.id()),
                ScreeningLive.class, event -> {
                    if (event.live()) {
                        live.put(event.screeningId(), event);
                    } else {
                        live.remove(event.screeningId());
                    }
                    show(bar, live);
                }));
        return Optional.of(bar);
    }

    private static void show(Div bar, Map<Long, ScreeningLive> live) {
        bar.removeAll();
        live.values().forEach(s -> {
            var link = new RouterLink("● Live now: " + s.filmTitle(), ScreeningPage.class,
                    ScreeningPage.params(s.clubSlug(), s.screeningId()));
            link.addClassName("live-now-link");
            bar.add(link);
        });
        bar.setVisible(!live.isEmpty());
    }
}
