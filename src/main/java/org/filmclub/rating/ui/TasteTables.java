package org.filmclub.rating.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import org.filmclub.rating.ClubTaste;
import org.filmclub.rating.Stars;

/** The taste page's sections, each a heading, a line on what it measures, and its numbers in a table. */
final class TasteTables {

    private TasteTables() {}

    static Component averages(ClubTaste taste) {
        return section(
                "Films by the club's average",
                "The mean of each member's current rating.",
                "No one has rated a film yet.",
                List.of("Film", "Average", "Ratings"),
                taste.byAverage().stream()
                        .map(a -> List.of(a.film().label(), stars(a.stars()), Integer.toString(a.count())))
                        .toList());
    }

    static Component divisive(ClubTaste taste) {
        return section(
                "The most divisive",
                "Measured by the standard deviation of members' current ratings, in stars: the wider, the more "
                        + "the club splits.",
                "No film has split the club yet.",
                List.of("Film", "Spread (standard deviation)", "Average", "Ratings"),
                taste.divisive().stream()
                        .map(s -> List.of(
                                s.film().label(), number(s.deviation()), stars(s.stars()), Integer.toString(s.count())))
                        .toList());
    }

    static Component moved(ClubTaste taste) {
        return section(
                "What the discussion moved",
                "Members' first ratings (before) against their current ones (after), with how far everyone moved "
                        + "together.",
                "No one has changed a rating yet.",
                List.of("Film", "Before → after", "Up", "Down", "Moved in all"),
                taste.moved().stream()
                        .map(m -> List.of(
                                m.film().label(),
                                number(m.before()) + " → " + number(m.after()),
                                Integer.toString(m.up()),
                                Integer.toString(m.down()),
                                stars(m.movement())))
                        .toList());
    }

    static Component agreements(ClubTaste taste) {
        return section(
                "Who agrees with whom",
                "Agreement is 1 − (the mean difference between two members' ratings of the same films ÷ 4½ stars), "
                        + "shown for pairs with at least " + ClubTaste.AGREEMENT_MIN_FILMS + " films in common: 100% "
                        + "means they rated every shared film alike, 0% that one gave ½ star where the other gave 5.",
                "No two members have rated " + ClubTaste.AGREEMENT_MIN_FILMS + " of the same films yet.",
                List.of("Members", "Agreement", "Films in common"),
                taste.agreements().stream()
                        .map(a ->
                                List.of(a.first() + " & " + a.second(), a.percent() + "%", Integer.toString(a.films())))
                        .toList());
    }

    static Component diaries(ClubTaste taste) {
        var diaries = new Div(new H2("Diaries"));
        if (taste.diaries().isEmpty()) {
            diaries.add(new Paragraph("No one has rated a film yet."));
        }
        for (var diary : taste.diaries()) {
            diaries.add(
                    new H3(diary.name()),
                    table(
                            diary.name() + "'s diary",
                            List.of("Film", "Watched", "Stars"),
                            diary.entries().stream()
                                    .map(e -> List.of(
                                            e.film().label(),
                                            e.watched() == null
                                                    ? "—"
                                                    : e.watched().toString(),
                                            e.before() == e.after()
                                                    ? Stars.of(e.after())
                                                    : Stars.shift(e.before(), e.after())))
                                    .toList()));
        }
        return diaries;
    }

    private static Component section(
            String heading, String measure, String empty, List<String> columns, List<List<String>> rows) {
        var section = new Div(new H2(heading), new Paragraph(measure));
        section.add(rows.isEmpty() ? new Paragraph(empty) : table(heading, columns, rows));
        return section;
    }

    /** A table in a box of its own that scrolls sideways on a narrow screen, and takes focus so keys can scroll it. */
    private static Div table(String label, List<String> columns, List<List<String>> rows) {
        var head = new NativeTableRow();
        columns.forEach(c -> head.add(new NativeTableHeaderCell(c)));
        var body = new NativeTableBody();
        rows.forEach(row -> {
            var tr = new NativeTableRow();
            row.forEach(cell -> tr.add(new NativeTableCell(cell)));
            body.add(tr);
        });
        var box = new Div(new NativeTable(new NativeTableHeader(head), body));
        box.addClassName("taste-table");
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", label);
        return box;
    }

    private static String stars(double stars) {
        return number(stars) + (stars == 1.0 ? " star" : " stars");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
