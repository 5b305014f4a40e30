package org.filmclub.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.jspecify.annotations.Nullable;

/**
 * A chart drawn on the server: JFreeChart lays it out, JFreeSVG writes it as SVG, and the page shows
 * it inline, scaled to its box. The chart is drawn in marker colours that become Lumo's custom
 * properties in the SVG, so the light and dark looks colour it without drawing it twice. Text in a
 * chart (titles, member names, film titles) is escaped by JFreeSVG; the chart carries no links and
 * no script. Every chart has a text alternative, and the view shows its numbers in a table beside it.
 */
public final class SvgChart {

    /** Text: titles, labels, legend. */
    public static final Color TEXT = new Color(1, 2, 3);
    /** Tick labels and other quieter text. */
    public static final Color SECONDARY_TEXT = new Color(1, 2, 4);
    /** Grid lines and axis lines. */
    public static final Color GRID = new Color(1, 2, 5);
    /** Series colours, in order: the first is the app's primary colour. */
    public static final Color[] SERIES = {
        new Color(1, 2, 10), new Color(1, 2, 11), new Color(1, 2, 12), new Color(1, 2, 13)
    };

    private static final Map<String, String> PROPERTIES = Map.of(
            key(TEXT), "var(--lumo-body-text-color)",
            key(SECONDARY_TEXT), "var(--lumo-secondary-text-color)",
            key(GRID), "var(--lumo-contrast-30pct)",
            key(SERIES[0]), "var(--lumo-primary-color)",
            key(SERIES[1]), "var(--filmclub-chart-2)",
            key(SERIES[2]), "var(--filmclub-chart-3)",
            key(SERIES[3]), "var(--filmclub-chart-4)");

    private static final Pattern COLOUR = Pattern.compile("rgb\\((\\d+),\\s*(\\d+),\\s*(\\d+)\\)");
    private static final Pattern FONT = Pattern.compile("font-family: [^;']*");
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private SvgChart() {}

    /**
     * Gives a chart the app's look: no backgrounds (the card shows through), the marker colours
     * above, flat bars and the app's fonts. Call it after the chart's series are in place.
     */
    public static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(null);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            styleTitle(chart.getTitle());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof LegendTitle legend) {
                legend.setBackgroundPaint(null);
                legend.setItemPaint(TEXT);
                legend.setItemFont(LABEL_FONT);
                legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            } else if (chart.getSubtitle(i) instanceof TextTitle title) {
                styleTitle(title);
            }
        }
        stylePlot(chart.getPlot());
        return chart;
    }

    /** The chart as SVG text that scales to the width of its box. */
    public static String svg(JFreeChart chart, int width, int height) {
        return svg(chart, width, height, null);
    }

    /**
     * The same, filling {@code info} with where the chart drew its parts (its data area, say), so a click on the
     * scaled image can be told which value it fell on.
     */
    public static String svg(JFreeChart chart, int width, int height, @Nullable ChartRenderingInfo info) {
        var graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle(0, 0, width, height), info);
        var svg = graphics.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
        svg = svg.replaceFirst("<svg ", "<svg aria-hidden='true' focusable='false' ");
        return themed(svg);
    }

    /**
     * The chart as a component: an image to assistive technology, named by its text alternative, which
     * should say what the chart shows in a sentence; the numbers belong in a table next to it.
     */
    public static Component of(JFreeChart chart, int width, int height, String textAlternative) {
        var component = of(svg(chart, width, height), textAlternative);
        component.getElement().setProperty("title", textAlternative);
        return component;
    }

    /** A chart already drawn by {@link #svg} (a cached one, say), as an image named by its text alternative. */
    public static Component of(String svg, String textAlternative) {
        var component = new Svg(svg);
        component.addClassName("svg-chart");
        component.getElement().setAttribute("role", "img");
        component.getElement().setAttribute("aria-label", textAlternative);
        return component;
    }

    /**
     * A chart kept at its own size, so its words stay readable on a phone, in a box that scrolls sideways
     * when the screen is narrower; the box takes the focus so that the keys scroll it too.
     */
    public static Component scrolling(Component chart, int width, String boxLabel) {
        chart.getElement().getStyle().set("width", width + "px").set("max-width", "none");
        var box = new com.vaadin.flow.component.html.Div(chart);
        box.addClassName("chart-box");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", boxLabel);
        box.getElement().setAttribute("tabindex", "0");
        return box;
    }

    private static String themed(String svg) {
        var fonts = FONT.matcher(svg).replaceAll("font-family: var(--lumo-font-family)");
        var colours = COLOUR.matcher(fonts);
        var out = new StringBuilder(fonts.length());
        while (colours.find()) {
            var property = PROPERTIES.get(colours.group(1) + "," + colours.group(2) + "," + colours.group(3));
            colours.appendReplacement(out, Matcher.quoteReplacement(property == null ? colours.group() : property));
        }
        colours.appendTail(out);
        return out.toString();
    }

    private static void styleTitle(TextTitle title) {
        title.setPaint(TEXT);
        title.setFont(TITLE_FONT);
        title.setBackgroundPaint(null);
    }

    private static void stylePlot(Plot plot) {
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            category.setRangeGridlineStroke(new BasicStroke(0.5f));
            category.setDomainGridlinesVisible(false);
            styleAxis(category.getDomainAxis());
            styleAxis(category.getRangeAxis());
            if (category instanceof CombinedDomainCategoryPlot combined) {
                for (Object subplot : combined.getSubplots()) {
                    stylePlot((Plot) subplot);
                }
            }
            for (int i = 0; i < category.getRendererCount(); i++) {
                if (category.getRenderer(i) instanceof BarRenderer bars) {
                    bars.setBarPainter(new StandardBarPainter());
                    bars.setShadowVisible(false);
                    bars.setDrawBarOutline(false);
                }
                if (category.getRenderer(i) instanceof AbstractRenderer renderer) {
                    colourSeries(renderer);
                }
            }
        } else if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlinePaint(GRID);
            styleAxis(xy.getDomainAxis());
            styleAxis(xy.getRangeAxis());
            for (int i = 0; i < xy.getRendererCount(); i++) {
                if (xy.getRenderer(i) instanceof XYBarRenderer bars) {
                    bars.setBarPainter(new StandardXYBarPainter());
                    bars.setShadowVisible(false);
                }
                if (xy.getRenderer(i) instanceof AbstractRenderer renderer) {
                    colourSeries(renderer);
                }
            }
        }
    }

    private static void colourSeries(AbstractRenderer renderer) {
        for (int series = 0; series < SERIES.length; series++) {
            renderer.setSeriesPaint(series, SERIES[series]);
        }
    }

    private static void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(TEXT);
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelPaint(SECONDARY_TEXT);
        axis.setTickLabelFont(LABEL_FONT);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
    }

    private static String key(Color colour) {
        return colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue();
    }
}
