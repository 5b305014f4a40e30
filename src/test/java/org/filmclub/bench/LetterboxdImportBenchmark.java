package org.filmclub.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import org.filmclub.AbstractAppTest;
import org.filmclub.bench.BenchResults.Table;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.rating.LetterboxdCsv;
import org.filmclub.rating.LetterboxdLimits;
import org.filmclub.rating.LetterboxdPreview;
import org.filmclub.rating.LetterboxdService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long a member's largest allowed Letterboxd import takes: a 50,000-row diary.csv (5,000 films, each watched ten
 * times, in the file's own column layout with quoted commas) against a club of 500 films, so a tenth of the rows
 * match. Prints the time to read the file, to read and match it (the preview a member waits for), and to write the
 * 500 ratings in one transaction; run with {@code ./mvnw -Pbench verify -Dtest=LetterboxdImportBenchmark}.
 */
class LetterboxdImportBenchmark extends AbstractAppTest {

    static final int ROWS = LetterboxdLimits.MAX_ROWS;
    static final int FILMS_IN_FILE = 5_000;
    static final int CLUB_FILMS = 500;
    static final int WARM_UP = 3;
    static final int RUNS = 10;

    @Autowired
    FilmService films;

    @Autowired
    LetterboxdService letterboxd;

    @Test
    void reading_matching_and_applying_a_fifty_thousand_row_diary() {
        var host = newMember("Bench Host");
        var slug = newClub(host);
        loginAs(host);
        for (var i = 0; i < CLUB_FILMS; i++) {
            films.add(slug, new FilmDetails(title(i), year(i), "Someone", 100, "", ""));
        }
        var csv = diary();

        var readNanos = new long[RUNS];
        var previewNanos = new long[RUNS];
        LetterboxdPreview preview = null;
        for (var i = 0; i < WARM_UP + RUNS; i++) {
            var start = System.nanoTime();
            LetterboxdCsv.read(csv);
            var read = System.nanoTime() - start;
            start = System.nanoTime();
            preview = letterboxd.preview(slug, csv);
            var previewed = System.nanoTime() - start;
            if (i >= WARM_UP) {
                readNanos[i - WARM_UP] = read;
                previewNanos[i - WARM_UP] = previewed;
            }
        }
        Arrays.sort(readNanos);
        Arrays.sort(previewNanos);
        var start = System.nanoTime();
        var result = letterboxd.apply(slug, new ArrayList<>(preview.fresh()));
        var applyNanos = System.nanoTime() - start;

        var figures = new LinkedHashMap<String, Object>();
        figures.put("rows", ROWS);
        figures.put("bytes", csv.length);
        figures.put("clubFilms", CLUB_FILMS);
        figures.put("matchedFilms", preview.fresh().size());
        figures.put("notMatchedRows", preview.notMatched().size());
        figures.put("readP50Ms", BenchResults.ms(BenchResults.percentile(readNanos, 50)));
        figures.put("readMaxMs", BenchResults.ms(BenchResults.percentile(readNanos, 100)));
        figures.put("readAndMatchP50Ms", BenchResults.ms(BenchResults.percentile(previewNanos, 50)));
        figures.put("readAndMatchMaxMs", BenchResults.ms(BenchResults.percentile(previewNanos, 100)));
        figures.put("applyMs", BenchResults.ms(applyNanos));
        new Table(
                        "Letterboxd import: a " + ROWS + "-row diary.csv (" + csv.length / 1024 + " KB) against "
                                + CLUB_FILMS + " club films, " + RUNS + " runs after " + WARM_UP + " to warm up",
                        "read p50",
                        "read + match p50",
                        "read + match max",
                        "films matched",
                        "rows not matched",
                        "apply (one transaction)")
                .row(
                        figures.get("readP50Ms") + " ms",
                        figures.get("readAndMatchP50Ms") + " ms",
                        figures.get("readAndMatchMaxMs") + " ms",
                        figures.get("matchedFilms"),
                        figures.get("notMatchedRows"),
                        figures.get("applyMs") + " ms")
                .print();
        BenchResults.write("letterboxdImport", figures);
        assertThat(result.written()).isEqualTo(CLUB_FILMS);
    }

    private static String title(int film) {
        return "Film, number " + film;
    }

    private static int year(int film) {
        return 1900 + film % 120;
    }

    /** A diary.csv as Letterboxd writes one: each film watched ten times over the years. */
    private static byte[] diary() {
        var csv = new StringBuilder("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n");
        for (var row = 0; row < ROWS; row++) {
            var film = row % FILMS_IN_FILE;
            var day = String.format("20%02d-%02d-%02d", 10 + row / FILMS_IN_FILE, film % 12 + 1, film % 28 + 1);
            csv.append(day)
                    .append(",\"")
                    .append(title(film))
                    .append("\",")
                    .append(year(film))
                    .append(",https://boxd.it/")
                    .append(Integer.toString(row, 36))
                    .append(',')
                    .append((row % 10 + 1) / 2.0)
                    .append(row >= FILMS_IN_FILE ? ",Yes" : ",")
                    .append(",\"tag one, tag two\",")
                    .append(day)
                    .append('\n');
        }
        return csv.toString().getBytes(UTF_8);
    }
}
