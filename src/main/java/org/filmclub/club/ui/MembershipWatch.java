package org.filmclub.club.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.Optional;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.LiveUpdates;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.ShellPart;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.MembershipEnded;
import org.filmclub.member.CurrentMember;

/**
 * Closes a club's pages the moment the member stops belonging to it (they left in another tab, or a
 * host removed them): anything open of that club, with its live updates, goes away at once. The club
 * is told by its id, which stays, not by its address, which a host may change while the page is open.
 */
@org.springframework.stereotype.Component
class MembershipWatch implements ShellPart {

    private final CurrentMember currentMember;
    private final ClubAccess access;
    private final LiveBus bus;

    MembershipWatch(CurrentMember currentMember, ClubAccess access, LiveBus bus) {
        this.currentMember = currentMember;
        this.access = access;
        this.bus = bus;
    }

    @Override
    public Place place() {
        return Place.APP_BAR;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Component> create() {
        return currentMember.find().map(me -> {
            var watch = new Watch(access);
            LiveUpdates.follow(watch, bus, MembershipEnded.topic(me.id()), MembershipEnded.class, ended -> watch.getUI()
                    .ifPresent(ui -> {
                        if (watch.shows(ended.clubId())) {
                            Notifications.error("You are no longer a member of " + ended.clubName() + ".");
                            ui.navigate(ClubsView.class);
                        }
                    }));
            return watch;
        });
    }

    /** Remembers which club the page on screen belongs to, by id, each time the member opens a page. */
    private static final class Watch extends Span implements AfterNavigationObserver {

        private final transient ClubAccess access;
        private String slug;
        private Long clubId;

        Watch(ClubAccess access) {
            this.access = access;
            setVisible(false);
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            var segments = event.getLocation().getSegments();
            var now = segments.size() >= 2 && segments.get(0).equals("clubs") ? segments.get(1) : null;
            if (now == null) {
                clubId = null;
            } else if (!now.equals(slug)) {
                // Another page of the same club keeps its id, even once its old address finds nothing.
                clubId = access.clubIdBySlug(now).orElse(null);
            }
            slug = now;
        }

        boolean shows(long club) {
            return clubId != null && clubId == club;
        }
    }
}
