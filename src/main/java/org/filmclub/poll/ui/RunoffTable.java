package org.filmclub.poll.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.filmclub.poll.RunoffResult;

/**
 * Every round's votes as a table: a row per choice, a column per round, then the ballots still
 * counting and the exhausted ones. Row and column headers let a screen reader name each number; the
 * table scrolls sideways in its own box, which takes keyboard focus so it can be scrolled by keys.
 */
final class RunoffTable {

    static final String CAPTION = "Votes in each round";

    private RunoffTable() {}

    static Component of(RunoffResult result, List<Long> order, Map<Long, String> titles) {
        var table = new NativeTable();
        table.setCaptionText(CAPTION);
        var head = new NativeTableRow(columnHeader("Choice"));
        result.rounds().forEach(round -> head.add(columnHeader("Round " + round.number())));
        table.getHead().add(head);
        for (var choice : order) {
            var row = new NativeTableRow(rowHeader(RunoffRounds.title(titles, choice)));
            for (var round : result.rounds()) {
                row.add(cell(round, choice, result.winner()));
            }
            table.getBody().add(row);
        }
        table.getFoot().add(totals("Ballots still counting", result, RunoffResult.Round::continuing));
        table.getFoot().add(totals("Exhausted (no choice left)", result, RunoffResult.Round::exhausted));

        var box = new Div(table);
        box.addClassName("runoff-table");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", CAPTION);
        box.getElement().setAttribute("tabindex", "0");
        return box;
    }

    private static NativeTableCell cell(RunoffResult.Round round, Long choice, Long winner) {
        var cell = new NativeTableCell();
        if (!round.tallies().containsKey(choice)) {
            var dash = new Span("–");
            dash.getElement().setAttribute("aria-hidden", "true");
            var out = new Span("out");
            out.addClassName("visually-hidden");
            cell.add(dash, new Text(" "), out);
            cell.addClassName("runoff-out");
            return cell;
        }
        cell.add(new Span(Integer.toString(round.votes(choice))));
        if (round.eliminated().contains(choice)) {
            cell.add(
                    new Text(" "),
                    mark(RunoffRounds.droppedByTieRule(round, choice) ? "dropped (tie rule)" : "dropped"));
            cell.addClassName("runoff-dropped");
        } else if (round.decisive() && choice.equals(winner)) {
            cell.add(new Text(" "), mark("wins"));
            cell.addClassName("runoff-winner");
        }
        return cell;
    }

    private static Span mark(String text) {
        var mark = new Span(text);
        mark.addClassName("runoff-mark");
        return mark;
    }

    private static NativeTableRow totals(String label, RunoffResult result, ToIntFunction<RunoffResult.Round> value) {
        var row = new NativeTableRow(rowHeader(label));
        result.rounds().forEach(round -> row.add(new NativeTableCell(Integer.toString(value.applyAsInt(round)))));
        return row;
    }

    private static NativeTableHeaderCell columnHeader(String text) {
        var header = new NativeTableHeaderCell(text);
        header.getElement().setAttribute("scope", "col");
        return header;
    }

    private static NativeTableHeaderCell rowHeader(String text) {
        var header = new NativeTableHeaderCell(text);
        header.getElement().setAttribute("scope", "row");
        return header;
    }
}
