package org.filmclub.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    private static JFreeChart chartOf(String category) {
        var data = new DefaultCategoryDataset();
        data.addValue(3, "Before", category);
        data.addValue(5, "After", category);
        data.addValue(1, "Before", "Solaris");
        data.addValue(2, "After", "Solaris");
        return SvgChart.styled(ChartFactory.createBarChart(
                null, "Film", "Members", data, PlotOrientation.VERTICAL, true, false, false));
    }

    @Test
    void a_chart_takes_its_colours_from_the_theme_so_both_looks_colour_it() {
        var svg = SvgChart.svg(chartOf("Her"), 400, 240);

        assertThat(svg)
                .contains("var(--lumo-primary-color)", "var(--filmclub-chart-2)", "var(--lumo-body-text-color)")
                .contains("font-family: var(--lumo-font-family)")
                .doesNotContain("rgb(1,2,");
        var root = Jsoup.parse(svg, Parser.xmlParser()).selectFirst("svg");
        assertThat(root.attr("viewBox")).isEqualTo("0.0 0.0 400.0 240.0");
        assertThat(root.attr("aria-hidden")).isEqualTo("true");
        assertThat(root.hasAttr("width")).as("scales to its box").isFalse();
    }

    @Test
    void text_a_member_wrote_stays_text_in_the_chart() {
        var hostile = "<script>alert(1)</script><a href=\"javascript:x\">Her</a>";

        var svg = SvgChart.svg(chartOf(hostile), 400, 240);

        var document = Jsoup.parse(svg, Parser.xmlParser());
        assertThat(document.select("script, a, foreignObject")).isEmpty();
        assertThat(document.select("*").stream()
                        .flatMap(e -> e.attributes().asList().stream())
                        .filter(a -> a.getKey().toLowerCase().startsWith("on")))
                .isEmpty();
        assertThat(document.select("text").eachText()).anyMatch(text -> text.contains("<script>"));
    }

    @Test
    void the_chart_component_is_an_image_named_by_its_text_alternative() {
        var component = SvgChart.of(chartOf("Her"), 400, 240, "Ratings of Her: 3 before, 5 after");

        assertThat(component.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(component.getElement().getAttribute("aria-label")).isEqualTo("Ratings of Her: 3 before, 5 after");
        assertThat(component.getElement().getProperty("innerHTML")).startsWith("<svg");
    }
}
