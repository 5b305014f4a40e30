package org.filmclub.poll.ui;

import com.vaadin.flow.component.Component;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.Map;
import org.filmclub.base.ui.SvgChart;
import org.filmclub.poll.RunoffResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Every round side by side, one small bar chart per round sharing the choices down the left: the bar
 * of the choice dropped after a round is drawn in the third chart colour and labelled "out", the
 * winner's in the primary colour and labelled "wins", so colour is never the only sign.
 */
final class RunoffChart {

    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private RunoffChart() {}

    static Component of(RunoffResult result, List<Long> order, Map<Long, String> titles) {
        var combined = new CombinedDomainCategoryPlot(new CategoryAxis());
        combined.setOrientation(PlotOrientation.HORIZONTAL);
        combined.setGap(12);
        int most = result.rounds().stream()
                .flatMap(round -> round.tallies().values().stream())
                .mapToInt(Integer::intValue)
                .max()
                .orElse(1);
        for (var round : result.rounds()) {
            combined.add(roundPlot(round, result.winner(), order, titles, most));
        }
        var chart = SvgChart.styled(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, false));
        int width = Math.max(480, 180 + 120 * result.rounds().size());
        int height = 60 + 30 * order.size();
        var box = SvgChart.scrolling(
                SvgChart.of(chart, width, height, textAlternative(result, titles)), width, "Chart of the rounds");
        box.addClassName("runoff-chart");
        return box;
    }

    private static CategoryPlot roundPlot(
            RunoffResult.Round round, Long winner, List<Long> order, Map<Long, String> titles, int most) {
        var data = new DefaultCategoryDataset();
        var paints = new Paint[order.size()];
        for (int i = 0; i < order.size(); i++) {
            var choice = order.get(i);
            Integer votes = round.tallies().get(choice);
            data.addValue(votes, "Votes", new Label(choice, RunoffRounds.title(titles, choice)));
            paints[i] = round.eliminated().contains(choice)
                    ? SvgChart.SERIES[2]
                    : round.decisive() && choice.equals(winner) ? SvgChart.SERIES[0] : SvgChart.SERIES[1];
        }
        var votes = new NumberAxis("Round " + round.number());
        votes.setRange(0, most * 1.45 + 1);
        votes.setTickLabelsVisible(false);
        votes.setTickMarksVisible(false);
        var bars = new ChoiceBars(paints, round, winner);
        var plot = new CategoryPlot(data, null, votes, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return plot;
    }

    /** A category that shows a choice's title yet stays distinct when two choices share a title. */
    record Label(Long choice, String title) implements Comparable<Label> {
        @Override
        public String toString() {
            return title;
        }

        @Override
        public int compareTo(Label other) {
            return Long.compare(choice, other.choice);
        }
    }

    /** Bars coloured and labelled by what happened to each choice in the round. */
    private static final class ChoiceBars extends BarRenderer {
        private final Paint[] paints;

        ChoiceBars(Paint[] paints, RunoffResult.Round round, Long winner) {
            this.paints = paints;
            setDefaultItemLabelsVisible(true);
            setDefaultItemLabelFont(LABEL_FONT);
            setDefaultItemLabelPaint(SvgChart.TEXT);
            setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
                @Override
                public String generateLabel(CategoryDataset dataset, int row, int column) {
                    var choice = ((Label) dataset.getColumnKey(column)).choice();
                    var votes = dataset.getValue(row, column);
                    if (round.eliminated().contains(choice)) {
                        return votes + " out";
                    }
                    return round.decisive() && choice.equals(winner) ? votes + " wins" : String.valueOf(votes);
                }
            });
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return paints[column];
        }
    }

    static String textAlternative(RunoffResult result, Map<Long, String> titles) {
        var text = new StringBuilder("Bar chart of the votes for each choice in each of ")
                .append(RunoffRounds.plural(result.rounds().size(), "round"))
                .append(". ");
        for (var round : result.rounds()) {
            text.append("Round ").append(round.number()).append(": ");
            var parts = round.tallies().entrySet().stream()
                    .map(e -> RunoffRounds.title(titles, e.getKey()) + " " + e.getValue())
                    .toList();
            text.append(String.join(", ", parts));
            if (!round.eliminated().isEmpty()) {
                var out = round.eliminated().stream()
                        .map(c -> RunoffRounds.title(titles, c))
                        .toList();
                text.append("; ").append(String.join(", ", out)).append(" out");
            } else if (result.winner() != null) {
                text.append("; ")
                        .append(RunoffRounds.title(titles, result.winner()))
                        .append(" wins");
            }
            text.append(". ");
        }
        return text.toString().strip();
    }
}
