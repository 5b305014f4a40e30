package org.filmclub.screening.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.ZoneId;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.LiveTime;
import org.filmclub.base.ui.Times;
import org.filmclub.screening.ScreeningCard;
import org.filmclub.screening.ScreeningStatus;

/** One screening in a list: when (in the reader's zone), which film, where, and who is coming. */
class ScreeningLine extends ListItem {

    ScreeningLine(ScreeningCard screening, ZoneId zone, LiveBus bus, Clock clock) {
        addClassName("screening-line");
        var link = new RouterLink(
                screening.filmTitle(), ScreeningView.class, ScreeningView.params(screening.clubSlug(), screening.id()));
        link.addClassName("film-title");
        var when = new LiveTime(bus, clock, now -> Times.when(screening.when().startsAt(), now, zone));
        when.addClassName("screening-when");
        var facts = new Span(facts(screening));
        facts.addClassName("film-facts");
        var head = new Div(link, when);
        head.addClassName("screening-head");
        add(head, facts);
        if (screening.status() != ScreeningStatus.SCHEDULED) {
            var badge = new Span(
                    switch (screening.status()) {
                        case LIVE -> "live now";
                        case CANCELLED -> "cancelled";
                        default -> "ended";
                    });
            badge.addClassNames("role-badge", screening.status() == ScreeningStatus.LIVE ? "host" : "plain");
            head.add(badge);
        }
    }

    static String facts(ScreeningCard s) {
        var place = s.place().venue().isEmpty()
                ? "online"
                : s.place().onlineLink().isEmpty()
                        ? s.place().venue()
                        : s.place().venue() + " and online";
        var seats = s.seatLimit() == null
                ? s.going().size() + " going"
                : s.going().size() + " of " + s.seatLimit() + " seats taken";
        var waiting = s.waitlist().isEmpty() ? "" : " · " + s.waitlist().size() + " waiting";
        var mine = s.myAnswer().map(a -> " · you: " + ScreeningView.label(a)).orElse("");
        return place + " · " + seats + waiting + mine;
    }
}
