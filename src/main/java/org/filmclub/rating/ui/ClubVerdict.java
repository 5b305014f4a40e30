package org.filmclub.rating.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.Locale;
import org.filmclub.base.ui.Times;
import org.filmclub.rating.FilmRatings;
import org.filmclub.rating.Stars;

/** What the club made of the film: its average and count, the chart and its table, who moved, and the takes. */
final class ClubVerdict extends Div {

    /** Takes shown at most; a film with more says how many are left out. */
    static final int TAKES_SHOWN = 50;

    private final ZoneId zone;

    ClubVerdict(ZoneId zone) {
        this.zone = zone;
        addClassName("club-verdict");
    }

    void show(FilmRatings ratings) {
        removeAll();
        if (ratings.withheld()) {
            add(line(
                    "ratings-withheld",
                    "Rate the film to see how the club rated it. The club keeps its ratings hidden until you have,"
                            + " so they do not sway you."));
            return;
        }
        if (ratings.count() == 0) {
            add(line("ratings-average", "No one has rated this film yet."));
            return;
        }
        var average = String.format(Locale.ROOT, "%.1f", ratings.average().orElseThrow());
        add(line("ratings-average", "Club average: " + average + " stars from " + members(ratings.count()) + "."));
        var before = ratings.before();
        var after = ratings.after();
        add(RatingChart.chart(before, after), RatingChart.table(before, after));
        add(moved(ratings));
        add(takes(ratings));
    }

    private Div moved(FilmRatings ratings) {
        var box = new Div();
        box.addClassName("ratings-moved");
        var shifts = ratings.shifts();
        if (shifts.isEmpty()) {
            box.add(new Paragraph("The discussion has not moved anyone yet."));
            return box;
        }
        box.add(new Paragraph("The discussion moved " + members(shifts.size()) + ": " + ratings.movedUp() + " up, "
                + ratings.movedDown() + " down"));
        var list = new UnorderedList();
        shifts.forEach(s -> list.add(
                new ListItem(s.name() + ": " + Stars.shift(s.from(), s.to()) + " (" + Stars.difference(s.by()) + ")")));
        box.add(list);
        return box;
    }

    private Div takes(FilmRatings ratings) {
        var box = new Div(new H3("Takes"));
        box.addClassName("ratings-takes");
        var takes = ratings.takes();
        if (takes.isEmpty()) {
            box.add(new Paragraph("No takes yet."));
            return box;
        }
        var list = new UnorderedList();
        takes.stream().limit(TAKES_SHOWN).forEach(t -> {
            var who = new Span(t.name() + " · " + Stars.label(t.halves()) + " · " + Times.date(t.ratedAt(), zone));
            who.addClassName("take-by");
            var item = new ListItem(who);
            item.addClassName("take");
            if (!t.html().isEmpty()) {
                item.add(new Html(t.html()));
            }
            list.add(item);
        });
        box.add(list);
        if (takes.size() > TAKES_SHOWN) {
            box.add(new Paragraph("And " + (takes.size() - TAKES_SHOWN) + " earlier takes."));
        }
        return box;
    }

    private static String members(long count) {
        return count + (count == 1 ? " member" : " members");
    }

    private static Paragraph line(String className, String text) {
        var p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }
}
