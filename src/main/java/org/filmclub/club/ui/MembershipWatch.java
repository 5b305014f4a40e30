package org.filmclub.club.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.LiveUpdates;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.ShellPart;
import org.filmclub.club.MembershipEnded;
import org.filmclub.member.CurrentMember;

/**
 * Closes a club's pages the moment the member stops belonging to it (they left in another tab, or a
 * host removed them): anything open of that club, with its live updates, goes away at once.
 */
@org.springframework.stereotype.Component
class MembershipWatch implements ShellPart {

    private final CurrentMember currentMember;
    private final LiveBus bus;

    MembershipWatch(CurrentMember currentMember, LiveBus bus) {
        this.currentMember = currentMember;
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
            var watch = new Span();
            watch.setVisible(false);
            LiveUpdates.follow(watch, bus, MembershipEnded.topic(me.id()), MembershipEnded.class,
                    ended -> watch.getUI().ifPresent(ui -> {
                        var here = ui.getActiveViewLocation().getPath();
                        if (here.equals("clubs/" + ended.clubSlug()) || here.startsWith("clubs/" + ended.clubSlug() + "/")) {
                            Notifications.error("You are no longer a member of " + ended.clubName() + ".");
                            ui.navigate(ClubsView.class);
                        }
                    }));
            return watch;
        });
    }
}
