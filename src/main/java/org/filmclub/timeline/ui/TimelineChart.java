package org.filmclub.timeline.ui;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.filmclub.base.ui.SvgChart;
import org.filmclub.timeline.Timeline;
import org.filmclub.watch.Moment;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * The strip drawn: per stretch of the film a bar of its messages with its questions stacked on top, the
 * member's position as a line labelled "You", and a dashed line at each question the club took up. The x
 * axis is the film's time in minutes, labelled as h:mm. Knows where on the image its data area lies, so a
 * click on the (scaled) image can be turned into a moment.
 */
final class TimelineChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 130;
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /** The SVG and the horizontal span of its data area, as fractions of the image's width. */
    record Drawn(String svg, double left, double right) {

        /** The moment under a click that fell at {@code fraction} of the image's width, if it fell on the data. */
        java.util.Optional<Moment> momentAt(double fraction, long length) {
            if (!(fraction >= left && fraction <= right) || right <= left) {
                return java.util.Optional.empty();
            }
            var millis = Math.round((fraction - left) / (right - left) * length);
            return java.util.Optional.of(Moment.ofMillis(Math.max(0, Math.min(length - 1, millis))));
        }
    }

    private TimelineChart() {}

    static Drawn draw(Timeline timeline) {
        var data = new DefaultTableXYDataset();
        var messages = new XYSeries("Messages", true, false);
        var questions = new XYSeries("Questions", true, false);
        for (var stretch : timeline.stretches()) {
            double middle = (stretch.from() + stretch.to()) / 2.0 / 60_000.0;
            messages.add(middle, stretch.messages());
            questions.add(middle, stretch.questions());
        }
        data.addSeries(messages);
        data.addSeries(questions);

        double minutes = timeline.length() / 60_000.0;
        var time = new NumberAxis(null);
        time.setRange(0, minutes);
        time.setTickUnit(new NumberTickUnit(minutes > 90 ? 30 : minutes > 30 ? 10 : 5, new FilmTime()));
        time.setTickLabelFont(LABEL_FONT);
        var counts = new NumberAxis(null);
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setTickLabelFont(LABEL_FONT);
        int most = timeline.stretches().stream()
                .mapToInt(s -> s.messages() + s.questions())
                .max()
                .orElse(0);
        counts.setRange(0, Math.max(2, most * 1.15));

        var bars = new StackedXYBarRenderer(0.12);
        bars.setSeriesPaint(0, SvgChart.SERIES[0]);
        bars.setSeriesPaint(1, SvgChart.SERIES[1]);
        var plot = new XYPlot(data, time, counts, bars);
        var chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        SvgChart.styled(chart);
        bars.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        bars.setShadowVisible(false);

        var dashed = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
        for (var moment : timeline.discussed()) {
            var mark = new ValueMarker(moment.millis() / 60_000.0, SvgChart.SECONDARY_TEXT, dashed);
            plot.addDomainMarker(mark, Layer.FOREGROUND);
        }
        if (timeline.position() != null) {
            var you = new ValueMarker(timeline.position().millis() / 60_000.0, SvgChart.SERIES[2], new BasicStroke(2f));
            you.setLabel("You");
            you.setLabelFont(LABEL_FONT);
            you.setLabelPaint(SvgChart.TEXT);
            you.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            you.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(you, Layer.FOREGROUND);
        }

        var info = new ChartRenderingInfo();
        var svg = SvgChart.svg(chart, WIDTH, HEIGHT, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        return new Drawn(svg, area.getMinX() / WIDTH, area.getMaxX() / WIDTH);
    }

    /** Minutes as a film time: 90 is "1:30". */
    private static final class FilmTime extends NumberFormat {
        @Override
        public StringBuffer format(double minutes, StringBuffer to, FieldPosition position) {
            long whole = Math.round(minutes);
            return to.append(whole / 60).append(':').append(String.format("%02d", whole % 60));
        }

        @Override
        public StringBuffer format(long minutes, StringBuffer to, FieldPosition position) {
            return format((double) minutes, to, position);
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            return null;
        }
    }
}
