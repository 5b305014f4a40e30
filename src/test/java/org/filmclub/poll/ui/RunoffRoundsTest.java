package org.filmclub.poll.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.filmclub.poll.InstantRunoff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RunoffRoundsTest {

    static final long MEMPHIS = 1, NASHVILLE = 2, CHATTANOOGA = 3, KNOXVILLE = 4;
    static final Map<Long, String> TITLES =
            Map.of(MEMPHIS, "Memphis", NASHVILLE, "Nashville", CHATTANOOGA, "Chattanooga", KNOXVILLE, "Knoxville");

    static RunoffRounds tennessee() {
        var ballots = new ArrayList<List<Long>>();
        ballots.addAll(Collections.nCopies(42, List.of(MEMPHIS, NASHVILLE, CHATTANOOGA, KNOXVILLE)));
        ballots.addAll(Collections.nCopies(26, List.of(NASHVILLE, CHATTANOOGA, KNOXVILLE, MEMPHIS)));
        ballots.addAll(Collections.nCopies(15, List.of(CHATTANOOGA, KNOXVILLE, NASHVILLE, MEMPHIS)));
        ballots.addAll(Collections.nCopies(10, List.of(KNOXVILLE, CHATTANOOGA, NASHVILLE, MEMPHIS)));
        ballots.addAll(Collections.nCopies(7, List.of(KNOXVILLE)));
        var result = InstantRunoff.count(List.of(MEMPHIS, NASHVILLE, CHATTANOOGA, KNOXVILLE), ballots);
        return new RunoffRounds(result, TITLES);
    }

    static Document page(RunoffRounds rounds) {
        return Jsoup.parse(rounds.getElement().getOuterHTML());
    }

    @Test
    void the_table_lists_every_round_with_the_winner_first_and_each_dropped_choice_marked() {
        var page = page(tennessee());

        var table = page.selectFirst(".runoff-table table");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Votes in each round");
        assertThat(table.select("thead th").eachText()).containsExactly("Choice", "Round 1", "Round 2", "Round 3");
        assertThat(table.select("tbody tr").stream()
                        .map(row -> row.select("th, td").eachText()))
                .containsExactly(
                        List.of("Knoxville", "17", "32", "58 wins"),
                        List.of("Memphis", "42", "42", "42"),
                        List.of("Nashville", "26", "26 dropped", "– out"),
                        List.of("Chattanooga", "15 dropped", "– out", "– out"));
        assertThat(table.select("tfoot tr").stream()
                        .map(row -> row.select("th, td").eachText()))
                .containsExactly(
                        List.of("Ballots still counting", "100", "100", "100"),
                        List.of("Exhausted (no choice left)", "0", "0", "0"));
    }

    @Test
    void the_table_names_its_headers_for_screen_readers_and_scrolls_by_keyboard() {
        var page = page(tennessee());

        var box = page.selectFirst(".runoff-table");
        assertThat(box.attr("tabindex")).isEqualTo("0");
        assertThat(box.attr("role")).isEqualTo("region");
        assertThat(box.attr("aria-label")).isEqualTo("Votes in each round");
        assertThat(page.select("thead th").eachAttr("scope")).containsOnly("col");
        assertThat(page.select("tbody th, tfoot th").eachAttr("scope")).containsOnly("row");
        assertThat(page.select(".runoff-out [aria-hidden=true]")).hasSize(3);
    }

    @Test
    void the_result_is_said_in_a_sentence_and_the_chart_reads_every_round() {
        var page = page(tennessee());

        assertThat(page.selectFirst(".runoff-summary").text())
                .isEqualTo("Knoxville wins in round 3 with 58 of the 100 ballots still counting (100 ballots cast).");
        var chart = page.selectFirst(".svg-chart");
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.attr("aria-label"))
                .isEqualTo("Bar chart of the votes for each choice in each of 3 rounds."
                        + " Round 1: Memphis 42, Nashville 26, Chattanooga 15, Knoxville 17; Chattanooga out."
                        + " Round 2: Memphis 42, Nashville 26, Knoxville 32; Nashville out."
                        + " Round 3: Memphis 42, Knoxville 58; Knoxville wins.");
        assertThat(page.selectFirst(".runoff-tie-break").text()).endsWith(InstantRunoff.TIE_BREAK);
    }

    @Test
    void the_chart_shows_each_round_and_marks_the_winner_and_the_dropped_in_words() {
        var rounds = tennessee();
        var box = rounds.getContent()
                .getChildren()
                .filter(c -> c.hasClassName("runoff-chart"))
                .findFirst()
                .orElseThrow();
        var svg = box.getChildren().findFirst().orElseThrow().getElement().getProperty("innerHTML");

        var text = Jsoup.parse(svg).select("text").eachText();
        assertThat(text).contains("Round 1", "Round 2", "Round 3", "Knoxville", "58 wins", "15 out", "26 out");
        assertThat(svg).contains("var(--lumo-primary-color)", "var(--filmclub-chart-3)");
        assertThat(box.getElement().getAttribute("tabindex"))
                .as("scrolls by keyboard")
                .isEqualTo("0");
    }

    @Test
    void exhausted_ballots_are_counted_in_the_table_and_the_sentence() {
        var result =
                InstantRunoff.count(List.of(1L, 2L, 3L), List.of(List.of(1L), List.of(1L), List.of(2L), List.of(3L)));

        var page = page(new RunoffRounds(result, Map.of(1L, "Her", 2L, "Solaris")));

        assertThat(page.selectFirst(".runoff-summary").text())
                .isEqualTo("Her wins in round 2 with 2 of the 3 ballots still counting (4 ballots cast)."
                        + " 1 ballot ranks no choice still standing and no longer counts.");
        assertThat(page.select("tbody tr").stream()
                        .map(row -> row.select("th, td").eachText()))
                .containsExactly(
                        List.of("Her", "2", "2 wins"),
                        List.of("Solaris", "1", "1"),
                        List.of("Choice 3", "1 dropped (tie rule)", "– out"));
        assertThat(page.select("tfoot tr").get(1).select("td").eachText()).containsExactly("0", "1");
    }

    @Test
    void a_poll_without_ballots_says_so_and_shows_no_rounds() {
        var page = page(new RunoffRounds(InstantRunoff.count(List.of(1L, 2L), List.of()), Map.of()));

        assertThat(page.selectFirst(".runoff-summary").text())
                .isEqualTo("No ballots were cast, so there is no winner.");
        assertThat(page.select("table, .svg-chart")).isEmpty();
        assertThat(page.selectFirst(".runoff-tie-break")).isNotNull();
    }
}
