package org.filmclub.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * A benchmark's latency against the number of members in the room, one line per series, as an SVG file to open
 * on its own: drawn by JFreeChart into JFreeSVG as the app's charts are, but in fixed colours on white rather than
 * the app's theme ({@code SvgChart}), which only a page of the app can resolve. The colours (Okabe and Ito's)
 * stay apart for colour-blind readers, and each series also has its own marker shape.
 *
 * @param title above the chart
 * @param xLabel the horizontal axis, members in the room
 * @param yLabel the vertical axis, latency in milliseconds
 * @param series the lines, in legend order
 */
public record LatencyChart(String title, String xLabel, String yLabel, List<Series> series) {

    static final int WIDTH = 720;
    static final int HEIGHT = 420;

    private static final Color[] COLOURS = {
        new Color(0x0072B2),
        new Color(0xD55E00),
        new Color(0x009E73),
        new Color(0xCC79A7),
        new Color(0xE69F00),
        new Color(0x56B4E9),
        new Color(0x000000)
    };
    private static final Shape[] SHAPES = {
        new Ellipse2D.Double(-4, -4, 8, 8),
        new Rectangle2D.Double(-3.5, -3.5, 7, 7),
        ShapeUtils.createUpTriangle(4.5f),
        ShapeUtils.createDiamond(4.5f),
        ShapeUtils.createDownTriangle(4.5f),
        ShapeUtils.createRegularCross(4.5f, 1.5f),
        ShapeUtils.createDiagonalCross(4.5f, 1.5f)
    };
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Color TEXT = new Color(0x222222);
    private static final Color GRID = new Color(0xDDDDDD);

    /** One line: its name in the legend and its points, in any order. */
    public record Series(String name, List<Point> points) {}

    /** A latency in milliseconds measured with this many members in the room. */
    public record Point(int members, double ms) {}

    public LatencyChart {
        series = List.copyOf(series);
    }

    /** The chart as a standalone SVG document, the same text for the same figures. */
    public String svg() {
        var graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        // A fixed prefix for the clip paths' ids, so that the same figures give the same file.
        graphics.setDefsKeyPrefix("latency-");
        // JFreeChart draws rotated text (the vertical axis's label) as glyph outlines unless told otherwise, a
        // workaround for some screens' Java2D; in SVG the label should be text, so it is off while this chart draws.
        synchronized (LatencyChart.class) {
            var workaround = TextUtils.isUseDrawRotatedStringWorkaround();
            TextUtils.setUseDrawRotatedStringWorkaround(false);
            try {
                chart().draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
            } finally {
                TextUtils.setUseDrawRotatedStringWorkaround(workaround);
            }
        }
        return graphics.getSVGDocument();
    }

    /** Writes the chart to {@code file}, making its folder if needed. */
    public void write(Path file) throws IOException {
        var parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, svg());
    }

    private JFreeChart chart() {
        var data = new XYSeriesCollection();
        for (var line : series) {
            var points = new XYSeries(line.name());
            line.points().forEach(point -> points.add(point.members(), point.ms()));
            data.addSeries(points);
        }
        var chart = ChartFactory.createXYLineChart(
                title, xLabel, yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(10, 8, 6, 14));
        chart.setAntiAlias(true);
        chart.getTitle().setFont(TITLE_FONT);
        chart.getTitle().setPaint(TEXT);
        var legend = chart.getLegend();
        legend.setItemFont(LABEL_FONT);
        legend.setItemPaint(TEXT);
        legend.setFrame(BlockBorder.NONE);

        var plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.5f));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        var members = (NumberAxis) plot.getDomainAxis();
        members.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        for (var axis : List.of(members, (NumberAxis) plot.getRangeAxis())) {
            axis.setLabelFont(LABEL_FONT);
            axis.setLabelPaint(TEXT);
            axis.setTickLabelFont(LABEL_FONT);
            axis.setTickLabelPaint(TEXT);
        }

        var renderer = new XYLineAndShapeRenderer(true, true);
        for (var i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            renderer.setSeriesShape(i, SHAPES[i % SHAPES.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        return chart;
    }
}
