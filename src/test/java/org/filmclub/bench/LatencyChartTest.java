package org.filmclub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.filmclub.bench.LatencyChart.Point;
import org.filmclub.bench.LatencyChart.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** {@link LatencyChart} draws two series as well-formed SVG that names the series and the axes. */
class LatencyChartTest {

    @Test
    void two_series_draw_as_svg_with_their_names_and_the_axis_labels(@TempDir Path dir) throws Exception {
        var chart = new LatencyChart(
                "Message latency by room size",
                "Members in the room",
                "Latency (ms)",
                List.of(
                        new Series(
                                "p50 & median", List.of(new Point(10, 4.2), new Point(100, 9.5), new Point(500, 31))),
                        new Series("p99", List.of(new Point(10, 12), new Point(100, 40.5), new Point(500, 180)))));

        var svg = chart.svg();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // The document names the SVG 1.1 DTD; well-formedness needs no fetch of it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        var text = document.getDocumentElement().getTextContent();
        assertThat(text)
                .contains("p50 & median", "p99", "Members in the room", "Latency (ms)", "Message latency by room size");

        var file = dir.resolve("charts/latency.svg");
        chart.write(file);
        assertThat(Files.readString(file)).isEqualTo(svg);
    }
}
