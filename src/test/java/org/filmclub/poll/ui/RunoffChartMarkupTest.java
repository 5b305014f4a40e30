package org.filmclub.poll.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.filmclub.poll.InstantRunoff;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Film titles are typed by members; drawn into a poll's chart they stay text. */
class RunoffChartMarkupTest {

    @Test
    void a_title_written_as_markup_is_drawn_as_text_in_the_chart() {
        var hostile = "</text><script>alert(1)</script><image href=x onerror=alert(2)/>&amp";
        var result = InstantRunoff.count(List.of(1L, 2L), List.of(List.of(1L), List.of(1L, 2L), List.of(2L)));
        var chart = RunoffChart.of(result, List.of(1L, 2L), Map.of(1L, hostile, 2L, "Stalker"));

        var svg = chart.getChildren().findFirst().orElseThrow().getElement().getProperty("innerHTML");
        var doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("image")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.select("text").eachText()).anySatisfy(t -> assertThat(t).contains("<script>"));
    }
}
