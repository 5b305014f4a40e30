package org.filmclub.rating.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.time.Clock;
import java.time.ZoneId;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.LiveUpdates;
import org.filmclub.base.ui.Notifications;
import org.filmclub.club.ClubMembership;
import org.filmclub.film.FilmRef;
import org.filmclub.rating.FilmRatings;
import org.filmclub.rating.FilmRatingsChanged;
import org.filmclub.rating.RatingService;

/**
 * A film's ratings on its page: the member's own rating, and what the club made of the film, redrawn when
 * ratings change anywhere (at most a few times a second). What the member may not see never reaches this
 * panel: each snapshot is cut down by {@link FilmRatings#seenBy} before it is shown.
 */
class RatingPanel extends Section {

    private final RatingService ratings;
    private final String slug;
    private final long clubId;
    private final long filmId;
    private final long viewerId;
    private final RatingForm form;
    private final ClubVerdict verdict;
    private final Checkbox hideUntilRated =
            new Checkbox("Keep the club's ratings hidden from a member until they rate");
    private FilmRatings shown;

    RatingPanel(RatingService ratings, LiveBus bus, Clock clock, ZoneId zone, ClubMembership membership, long filmId) {
        this.ratings = ratings;
        this.slug = membership.slug();
        this.clubId = membership.clubId();
        this.filmId = filmId;
        this.viewerId = membership.memberId();
        addClassNames("card", "ratings");
        form = new RatingForm(clock, zone, this::rate, this::refused);
        verdict = new ClubVerdict(zone);
        var header = new Div(new H2("Ratings"));
        header.addClassName("section-header");
        add(header, form, verdict);
        if (membership.isHost()) {
            hideUntilRated.addClassName("ratings-setting");
            hideUntilRated.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> ratings.setHiddenUntilRated(slug, e.getValue()));
                }
            });
            add(hideUntilRated);
        }
        refresh();
        LiveUpdates.follow(
                this, bus, FilmRef.liveTopic(filmId), FilmRatingsChanged.class, changed -> show(changed.ratings()));
    }

    private void rate(org.filmclub.rating.RatingInput input) {
        ratings.rate(slug, filmId, input);
        refresh();
    }

    private void refused(RuntimeException refusal) {
        Notifications.error(refusal.getMessage());
        refresh();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ContentNotFoundException | NotPermittedException refusal) {
            Notifications.error(refusal.getMessage());
        }
        refresh();
    }

    private void refresh() {
        try {
            show(ratings.film(clubId, filmId));
        } catch (ContentNotFoundException | NotPermittedException gone) {
            // Out of the club, or the film is gone: the page is closing; keep nothing the member may not see.
            verdict.removeAll();
            form.setEnabled(false);
        }
    }

    /** Shows a snapshot as this member may see it; an older one than shown, or an unchanged one, changes nothing. */
    private void show(FilmRatings everyone) {
        if (everyone.olderThan(shown)) {
            return;
        }
        var seen = everyone.seenBy(viewerId);
        if (shown != null && sameContent(seen, shown)) {
            shown = seen;
            return;
        }
        shown = seen;
        form.show(seen.mine(viewerId));
        verdict.show(seen);
        hideUntilRated.setValue(seen.hiddenUntilRated());
    }

    private static boolean sameContent(FilmRatings a, FilmRatings b) {
        return a.withheld() == b.withheld()
                && a.hiddenUntilRated() == b.hiddenUntilRated()
                && a.members().equals(b.members())
                && a.takes().equals(b.takes());
    }
}
