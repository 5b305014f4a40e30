package org.filmclub.rating;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.filmclub.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class LetterboxdCsvTest {

    static byte[] fixture(String name) {
        try (var in = LetterboxdCsvTest.class.getResourceAsStream("/letterboxd/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_diary_export_is_read_by_its_header_with_accents_quoted_commas_and_rows_without_a_rating() {
        var file = LetterboxdCsv.read(fixture("diary.csv"));

        assertThat(file.problems()).isEmpty();
        assertThat(file.withoutRating()).isEqualTo(1);
        assertThat(file.entries())
                .extracting(
                        LetterboxdEntry::title, LetterboxdEntry::year, LetterboxdEntry::halves, LetterboxdEntry::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Amélie", 2001, 9, 2),
                        org.assertj.core.groups.Tuple.tuple("Crouching Tiger, Hidden Dragon", 2000, 8, 3),
                        org.assertj.core.groups.Tuple.tuple("Her", 2013, 7, 4),
                        org.assertj.core.groups.Tuple.tuple("Stalker", 1979, 10, 5),
                        org.assertj.core.groups.Tuple.tuple("Her", 2013, 8, 7));
        assertThat(file.entries().get(0).watched()).isEqualTo(LocalDate.of(2024, 1, 5));
    }

    @Test
    void a_review_with_quoted_commas_quotes_and_a_line_break_is_one_cell_and_lines_count_from_where_a_row_starts() {
        var file = LetterboxdCsv.read(fixture("reviews.csv"));

        assertThat(file.problems()).isEmpty();
        var tiger = file.entries().get(0);
        assertThat(tiger.review())
                .isEqualTo("Bamboo, rooftops, longing.\nThe last leap stays with me — \"go on\", she says.");
        assertThat(tiger.line()).isEqualTo(2);
        assertThat(file.entries().get(1).line()).isEqualTo(4);
        assertThat(file.entries().get(1).review()).isEqualTo("The Zone asks what you want.");
    }

    @Test
    void a_byte_order_mark_is_accepted() {
        var withBom = LetterboxdCsv.read(fixture("ratings-bom.csv"));
        var without = LetterboxdCsv.read(fixture("ratings.csv"));

        assertThat(withBom.entries()).isEqualTo(without.entries());
        assertThat(withBom.entries()).extracting(LetterboxdEntry::title).containsExactly("Amélie", "Her");
        // Without a watched date, the date of the rating stands in for it.
        assertThat(withBom.entries().get(0).watched()).isEqualTo(LocalDate.of(2024, 1, 6));
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> LetterboxdCsv.read(fixture("ratings-latin1.csv")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void other_columns_and_any_order_are_fine() {
        var csv = "Tags,Rating,Extra,Year,Name,Watched Date\n\"a, b\",2.5,x,1999,The Matrix,2020-02-02\n";

        var file = LetterboxdCsv.read(csv.getBytes(UTF_8));

        assertThat(file.entries())
                .containsExactly(new LetterboxdEntry("The Matrix", 1999, 5, LocalDate.of(2020, 2, 2), "", 2));
    }

    @Test
    void a_file_without_the_columns_it_needs_is_refused() {
        assertThatThrownBy(() -> LetterboxdCsv.read("Film,Score\nHer,4\n".getBytes(UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Name (or Title), Year and Rating");
        assertThatThrownBy(() -> LetterboxdCsv.read(new byte[0]))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void a_quoted_cell_never_closed_refuses_the_file() {
        assertThatThrownBy(() -> LetterboxdCsv.read("Name,Year,Rating\n\"Her,2013,4\n".getBytes(UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not well-formed CSV");
    }

    @Test
    void a_row_with_a_rating_of_7_is_refused_alone_by_its_line() {
        var csv = "Name,Year,Rating\nHer,2013,4\nArrival,2016,7\nStalker,1979,5\nSolaris,1972,3.25\nHeat,nineteen,3\n";

        var file = LetterboxdCsv.read(csv.getBytes(UTF_8));

        assertThat(file.entries()).extracting(LetterboxdEntry::title).containsExactly("Her", "Stalker");
        assertThat(file.problems())
                .containsExactly(
                        "Line 3: the rating “7” is not between ½ and 5 stars in half steps.",
                        "Line 5: the rating “3.25” is not between ½ and 5 stars in half steps.",
                        "Line 6: the year “nineteen” is not a year between 1870 and 2100.");
    }

    @Test
    void a_row_with_a_bad_date_or_an_overlong_cell_is_refused_alone() {
        var csv = "Name,Year,Rating,Watched Date,Review\nHer,2013,4,yesterday,\nArrival,2016,4,,"
                + "x".repeat(LetterboxdLimits.CELL_MAX + 1) + "\nStalker,1979,5,,\n";

        var file = LetterboxdCsv.read(csv.getBytes(UTF_8));

        assertThat(file.entries()).extracting(LetterboxdEntry::title).containsExactly("Stalker");
        assertThat(file.problems()).hasSize(2);
        assertThat(file.problems().get(0)).startsWith("Line 2: the date “yesterday”");
        assertThat(file.problems().get(1)).startsWith("Line 3: a cell is longer than 10,000 characters");
    }

    @Test
    void what_is_written_reads_back_the_same() {
        var entries = List.of(
                new LetterboxdEntry("Amélie", 2001, 9, LocalDate.of(2024, 1, 5), "Sweet, \"light\"\nand warm", 0),
                new LetterboxdEntry("Crouching Tiger, Hidden Dragon", 2000, 1, null, "", 0),
                new LetterboxdEntry("Stalker", 1979, 10, LocalDate.of(2024, 3, 19), "", 0));

        var bytes = LetterboxdCsv.write(entries);

        assertThat(new String(bytes, UTF_8))
                .startsWith("Title,Year,Rating,WatchedDate,Review\r\nAmélie,2001,4.5,2024-01-05,");
        var read = LetterboxdCsv.read(bytes);
        assertThat(read.problems()).isEmpty();
        assertThat(read.entries())
                .extracting(e -> new LetterboxdEntry(e.title(), e.year(), e.halves(), e.watched(), e.review(), 0))
                .isEqualTo(entries);
    }

    @Test
    void fifty_thousand_rows_are_read_and_one_more_refuses_the_file() {
        assertThat(LetterboxdCsv.read(diary(LetterboxdLimits.MAX_ROWS)).entries())
                .hasSize(LetterboxdLimits.MAX_ROWS);
        assertThatThrownBy(() -> LetterboxdCsv.read(diary(LetterboxdLimits.MAX_ROWS + 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than 50,000 rows");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_read() {
        assertThatThrownBy(() -> LetterboxdCsv.read(new byte[LetterboxdLimits.MAX_BYTES + 1]))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("larger than");
    }

    /** A diary.csv of this many rows, shaped as Letterboxd writes one. */
    static byte[] diary(int rows) {
        var csv = new StringBuilder("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n");
        for (var i = 0; i < rows; i++) {
            csv.append("2024-01-02,\"Film, number ")
                    .append(i)
                    .append("\",")
                    .append(1900 + i % 120)
                    .append(",https://boxd.it/x")
                    .append(i)
                    .append(',')
                    .append((i % 10 + 1) / 2.0)
                    .append(",,,2024-01-01\n");
        }
        return csv.toString().getBytes(UTF_8);
    }
}
