package org.filmclub.rating.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filmclub.base.ui.SvgChart;
import org.filmclub.rating.RatingLimits;
import org.filmclub.rating.Stars;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The club's ratings as ten half-star bars, before and after the discussion side by side, with a text
 * alternative and the same numbers in a table. Every open page of a film shows the same counts, so the drawn
 * chart is kept by its counts and drawn once for all of them. Public for the chart benchmark.
 */
public final class RatingChart {

    static final String CAPTION = "Members at each rating, before and after the discussion";
    static final String BEFORE = "Before (first rating)";
    static final String AFTER = "After (latest rating)";
    private static final int WIDTH = 560;
    private static final int HEIGHT = 260;
    private static final int KEPT = 64;

    /** Drawn charts by their counts, the most recently used kept. */
    private static final Map<List<Integer>, String> DRAWN = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Integer>, String> eldest) {
            return size() > KEPT;
        }
    };

    private RatingChart() {}

    /** The chart, named by its text alternative. */
    public static Component chart(int[] before, int[] after) {
        var chart = SvgChart.of(drawn(before, after), textAlternative(before, after));
        return SvgChart.scrolling(chart, WIDTH, "Chart of the ratings");
    }

    /** The chart as SVG, drawn by {@link SvgChart} the first time these counts are seen. */
    public static String drawn(int[] before, int[] after) {
        var key = new ArrayList<Integer>(2 * RatingLimits.HALVES_MAX);
        Arrays.stream(before).forEach(key::add);
        Arrays.stream(after).forEach(key::add);
        synchronized (DRAWN) {
            var svg = DRAWN.get(key);
            if (svg != null) {
                return svg;
            }
        }
        var svg = draw(before, after);
        synchronized (DRAWN) {
            DRAWN.put(List.copyOf(key), svg);
        }
        return svg;
    }

    /** The chart drawn afresh, as the first page to show these counts pays for it. */
    public static String draw(int[] before, int[] after) {
        return SvgChart.svg(build(before, after), WIDTH, HEIGHT);
    }

    static JFreeChart build(int[] before, int[] after) {
        var data = new DefaultCategoryDataset();
        for (var halves = RatingLimits.HALVES_MIN; halves <= RatingLimits.HALVES_MAX; halves++) {
            data.addValue(before[halves - 1], BEFORE, Stars.of(halves));
            data.addValue(after[halves - 1], AFTER, Stars.of(halves));
        }
        var members = new NumberAxis("Members");
        members.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        var stars = new CategoryAxis("Stars");
        var plot = new CategoryPlot(data, stars, members, new BarRenderer());
        return SvgChart.styled(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }

    /** What the chart shows, in words: the ratings given, before and after. */
    static String textAlternative(int[] before, int[] after) {
        return "Bar chart of how many members gave each rating from ½ to 5 stars. Before the discussion: "
                + inWords(before) + ". After: " + inWords(after) + ".";
    }

    private static String inWords(int[] counts) {
        var parts = new ArrayList<String>();
        for (var i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                parts.add(Stars.label(i + 1) + " " + counts[i]);
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** The chart's numbers: a row per rating, before and after. */
    public static Component table(int[] before, int[] after) {
        var table = new NativeTable();
        table.setCaptionText(CAPTION);
        table.getHead().add(new NativeTableRow(header("Stars", "col"), header(BEFORE, "col"), header(AFTER, "col")));
        for (var halves = RatingLimits.HALVES_MAX; halves >= RatingLimits.HALVES_MIN; halves--) {
            table.getBody()
                    .add(new NativeTableRow(
                            header(Stars.label(halves), "row"),
                            new NativeTableCell(Integer.toString(before[halves - 1])),
                            new NativeTableCell(Integer.toString(after[halves - 1]))));
        }
        var box = new Div(table);
        box.addClassNames("runoff-table", "rating-table");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", CAPTION);
        box.getElement().setAttribute("tabindex", "0");
        return box;
    }

    private static NativeTableHeaderCell header(String text, String scope) {
        var header = new NativeTableHeaderCell(text);
        header.getElement().setAttribute("scope", scope);
        return header;
    }
}
