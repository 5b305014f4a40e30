package org.filmclub.poll.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import org.filmclub.poll.DateAnswer;
import org.filmclub.poll.DatePollPage;

/**
 * Everyone's answers, one column per time written in the reader's zone, with totals. It scrolls sideways inside
 * its own box, so the page never does; the best time is marked in words as well as colour.
 */
class AnswerTable extends Div {

    static final String BEST = "★ Best time";

    AnswerTable() {
        addClassName("date-table-scroll");
        getStyle().set("overflow-x", "auto").set("max-width", "100%");
        // Reachable by keyboard, so that a wide table can be scrolled without a mouse.
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Everyone's answers");
    }

    void show(DatePollPage page, ZoneId zone) {
        removeAll();
        var t = page.table();
        var table = new NativeTable();
        table.addClassName("date-table");
        table.getStyle().set("border-collapse", "collapse").set("white-space", "nowrap");
        table.setCaptionText("Everyone's answers, in your time zone (" + zone.getId() + ")");
        var head = new NativeTableRow(header("Member"));
        for (var choice : t.choices()) {
            var cell = header(DateLabels.of(choice.startsAt(), zone));
            if (t.best().orElse(-1L) == choice.id()) {
                cell.add(new Div(new Span(BEST)));
                mark(cell);
            }
            head.add(cell);
        }
        table.getHead().add(head);
        for (var voter : t.voters()) {
            var name = new NativeTableHeaderCell(voter.name() + (voter.memberId() == page.me() ? " (you)" : ""));
            name.getElement().setAttribute("scope", "row");
            name.getStyle().set("text-align", "start");
            var row = new NativeTableRow(name);
            for (var choice : t.choices()) {
                var answer = voter.answers().get(choice.id());
                var cell = cell(answer == null ? "—" : symbol(answer) + " " + answer.label());
                if (answer == null) {
                    cell.getElement().setAttribute("aria-label", "No answer");
                }
                if (t.best().orElse(-1L) == choice.id()) {
                    mark(cell);
                }
                row.add(cell);
            }
            table.getBody().add(row);
        }
        if (t.voters().isEmpty()) {
            var none = cell("No answers yet.");
            none.setColspan(t.choices().size() + 1);
            table.getBody().add(new NativeTableRow(none));
        }
        var totals = new NativeTableHeaderCell("Totals");
        totals.getElement().setAttribute("scope", "row");
        var foot = new NativeTableRow(totals);
        for (var choice : t.choices()) {
            var cell = cell(choice.yes() + " yes · " + choice.ifNeedBe() + " if need be · " + choice.no() + " no");
            if (t.best().orElse(-1L) == choice.id()) {
                mark(cell);
            }
            foot.add(cell);
        }
        table.getFoot().add(foot);
        add(table);
    }

    static String symbol(DateAnswer answer) {
        return switch (answer) {
            case YES -> "✓";
            case IF_NEED_BE -> "~";
            case NO -> "✗";
        };
    }

    private static NativeTableHeaderCell header(String text) {
        var cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
        return cell;
    }

    private static NativeTableCell cell(String text) {
        var cell = new NativeTableCell(text);
        cell.getStyle()
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-top", "1px solid var(--lumo-contrast-10pct)");
        return cell;
    }

    private static void mark(com.vaadin.flow.component.Component cell) {
        cell.addClassName("best");
        cell.getElement().getStyle().set("background", "var(--lumo-success-color-10pct)");
    }
}
