package org.filmclub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.IntStream;
import org.filmclub.AbstractAppTest;
import org.filmclub.bench.BenchResults.Table;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.rating.RatingInput;
import org.filmclub.rating.RatingService;
import org.filmclub.rating.ui.RatingChart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How long the film page's rating charts take for a film with 1,000 ratings (500 members, each rating it twice,
 * half of them with a take): reading the ratings as a member may see them, drawing the before-and-after chart
 * afresh (JFreeChart to SVG, as the first page to show new counts does), and the same when the chart for those
 * counts is already drawn, with its table. Run with {@code ./mvnw -Pbench verify -Dtest=RatingChartBenchmark}.
 */
class RatingChartBenchmark extends AbstractAppTest {

    static final int MEMBERS = 500;
    static final int WARM_UP = 20;
    static final int RUNS = 200;

    @Autowired
    RatingService ratings;

    @Autowired
    FilmService films;

    @Test
    void drawing_the_rating_charts_of_a_film_with_a_thousand_ratings() {
        var host = newMember("Bench Host");
        List<MemberProfile> raters = IntStream.range(0, MEMBERS)
                .parallel()
                .mapToObj(i -> newMember("Rater " + i))
                .toList();
        var slug = newClub(host, raters.toArray(MemberProfile[]::new));
        loginAs(host);
        var filmId = films.add(slug, new FilmDetails("Rashomon", 1950, "Akira Kurosawa", 88, "", ""))
                .id();
        for (var i = 0; i < raters.size(); i++) {
            actAs(raters.get(i));
            var take = i % 2 == 0 ? "A take with *some* words, number " + i + "." : "";
            ratings.rate(slug, filmId, RatingInput.ofHalves(1 + i % 10, take, null));
            ratings.rate(slug, filmId, RatingInput.ofHalves(1 + (i * 7) % 10, take, null));
        }
        actAs(raters.get(0));

        var read = new long[RUNS];
        var drawn = new long[RUNS];
        var cached = new long[RUNS];
        var page = ratings.film(slug, filmId);
        for (var i = 0; i < WARM_UP + RUNS; i++) {
            var start = System.nanoTime();
            page = ratings.film(slug, filmId);
            var afterRead = System.nanoTime();
            var before = page.before();
            var after = page.after();
            RatingChart.draw(before, after);
            var afterDraw = System.nanoTime();
            RatingChart.chart(before, after);
            RatingChart.table(before, after);
            var afterCached = System.nanoTime();
            if (i >= WARM_UP) {
                read[i - WARM_UP] = afterRead - start;
                drawn[i - WARM_UP] = afterDraw - afterRead;
                cached[i - WARM_UP] = afterCached - afterDraw;
            }
        }
        var total = new long[RUNS];
        for (var i = 0; i < RUNS; i++) {
            total[i] = read[i] + drawn[i];
        }
        Arrays.sort(read);
        Arrays.sort(drawn);
        Arrays.sort(cached);
        Arrays.sort(total);

        var figures = new LinkedHashMap<String, Object>();
        figures.put("ratings", MEMBERS * 2);
        figures.put("readP50Ms", BenchResults.ms(BenchResults.percentile(read, 50)));
        figures.put("readP99Ms", BenchResults.ms(BenchResults.percentile(read, 99)));
        figures.put("drawP50Ms", BenchResults.ms(BenchResults.percentile(drawn, 50)));
        figures.put("drawP99Ms", BenchResults.ms(BenchResults.percentile(drawn, 99)));
        figures.put("cachedChartAndTableP50Ms", BenchResults.ms(BenchResults.percentile(cached, 50)));
        figures.put("cachedChartAndTableP99Ms", BenchResults.ms(BenchResults.percentile(cached, 99)));
        figures.put("readAndDrawP50Ms", BenchResults.ms(BenchResults.percentile(total, 50)));
        figures.put("readAndDrawP99Ms", BenchResults.ms(BenchResults.percentile(total, 99)));
        new Table(
                        "Film page rating charts: one film, " + MEMBERS * 2 + " ratings by " + MEMBERS + " members ("
                                + BenchResults.DATABASE + "), " + RUNS + " runs after " + WARM_UP + " to warm up",
                        "step",
                        "p50",
                        "p99")
                .row("read the ratings", figures.get("readP50Ms") + " ms", figures.get("readP99Ms") + " ms")
                .row("draw the chart afresh", figures.get("drawP50Ms") + " ms", figures.get("drawP99Ms") + " ms")
                .row(
                        "chart already drawn + table",
                        figures.get("cachedChartAndTableP50Ms") + " ms",
                        figures.get("cachedChartAndTableP99Ms") + " ms")
                .row("read + draw", figures.get("readAndDrawP50Ms") + " ms", figures.get("readAndDrawP99Ms") + " ms")
                .print();
        BenchResults.write("ratingCharts", figures);
        assertThat(page.count()).isEqualTo(MEMBERS);
    }

    private static void actAs(MemberProfile member) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(member.username(), null, List.of()));
    }
}
