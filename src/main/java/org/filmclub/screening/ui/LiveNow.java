package org.filmclub.screening.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.live.LiveEvent;
import org.filmclub.base.ui.LiveUpdates;
import org.filmclub.base.ui.ShellPart;
import org.filmclub.club.ClubService;
import org.filmclub.club.MembershipEnded;
import org.filmclub.club.MembershipStarted;
import org.filmclub.member.CurrentMember;
import org.filmclub.screening.LiveScreenings;
import org.filmclub.screening.ScreeningLive;

/**
 * "Live now" in the app bar, wherever the member is, while a screening of one of their clubs runs.
 * It follows each club the member belongs to, including clubs they join or leave while it is open.
 */
@org.springframework.stereotype.Component
class LiveNow implements ShellPart {

    private final LiveScreenings screenings;
    private final ClubService clubs;
    private final CurrentMember currentMember;
    private final LiveBus bus;

    LiveNow(LiveScreenings screenings, ClubService clubs, CurrentMember currentMember, LiveBus bus) {
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
        return currentMember.find().map(me -> new Bar(me.id()));
    }

    private final class Bar extends Div {

        private final long memberId;
        private final Map<Long, ScreeningLive> live = new LinkedHashMap<>();
        /** Club id to its unsubscription; only touched while holding the UI's lock. */
        private final Map<Long, Runnable> following = new HashMap<>();

        private Runnable membershipWatch;

        Bar(long memberId) {
            this.memberId = memberId;
            addClassName("live-now");
            getElement().setAttribute("aria-live", "polite");
        }

        @Override
        protected void onAttach(AttachEvent attach) {
            var ui = attach.getUI();
            membershipWatch = bus.subscribe(
                    MembershipEnded.topic(memberId),
                    LiveUpdates.toUi(ui, LiveEvent.class, event -> membership(ui, event)));
            clubs.myClubs().forEach(club -> follow(ui, club.id()));
            reload();
        }

        @Override
        protected void onDetach(DetachEvent detach) {
            membershipWatch.run();
            following.values().forEach(Runnable::run);
            following.clear();
        }

        private void membership(UI ui, LiveEvent event) {
            if (event instanceof MembershipStarted started) {
                follow(ui, started.clubId());
                reload();
            } else if (event instanceof MembershipEnded ended) {
                Optional.ofNullable(following.remove(ended.clubId())).ifPresent(Runnable::run);
                live.values().removeIf(s -> s.clubId() == ended.clubId());
                show();
            }
        }

        private void follow(UI ui, long clubId) {
            following.computeIfAbsent(
                    clubId,
                    id -> bus.subscribe(
                            ScreeningLive.topic(id), LiveUpdates.toUi(ui, ScreeningLive.class, screening -> {
                                if (screening.live()) {
                                    live.put(screening.screeningId(), screening);
                                } else {
                                    live.remove(screening.screeningId());
                                }
                                show();
                            })));
        }

        /** Reads what is live now, as the member this bar belongs to; nothing if the session is no longer theirs. */
        private void reload() {
            if (currentMember.find().filter(me -> me.id() == memberId).isEmpty()) {
                return;
            }
            live.clear();
            screenings.liveNow().forEach(s -> live.put(s.screeningId(), s));
            show();
        }

        private void show() {
            removeAll();
            live.values().forEach(s -> {
                var link = new RouterLink(
                        "● Live now: " + s.filmTitle(),
                        ScreeningView.class,
                        ScreeningView.params(s.clubSlug(), s.screeningId()));
                link.addClassName("live-now-link");
                add(link);
            });
            setVisible(!live.isEmpty());
        }
    }
}
