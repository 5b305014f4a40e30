package org.filmclub.rating;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.filmclub.base.InvalidInputException;
import org.filmclub.film.FilmLimits;

/**
 * Letterboxd's CSV, both ways. Reading takes a ratings, diary or reviews export by its header (other columns and
 * any order are fine), as UTF-8 with or without a byte order mark; writing makes the file Letterboxd's importer
 * reads ({@code Title, Year, Rating, WatchedDate, Review}).
 */
public final class LetterboxdCsv {

    static final List<String> EXPORT_HEADER = List.of("Title", "Year", "Rating", "WatchedDate", "Review");

    private static final String NOT_UTF8 = "The file is not UTF-8 text. Letterboxd exports are; "
            + "export it again from Letterboxd (or save it as UTF-8) and upload it again.";
    private static final String NOT_LETTERBOXD = "This is not a Letterboxd ratings or diary export: it needs the "
            + "columns Name (or Title), Year and Rating.";

    private static final CSVFormat READ = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180
            .builder()
            .setHeader(EXPORT_HEADER.toArray(String[]::new))
            .get();

    private LetterboxdCsv() {}

    /**
     * The member's ratings as Letterboxd's importer reads them, UTF-8 without a byte order mark.
     * <p>
     * Cells are written as given, even one beginning with {@code =}, {@code +}, {@code -} or {@code @}: the file
     * is for Letterboxd's importer, which reads plain text and matches films by title, so a quote or space put in
     * front (the usual guard against spreadsheet formulas) would change the title it matches and the review it
     * keeps. The risk left: a member who opens the file in a spreadsheet could have a formula in a film title typed
     * by a fellow member evaluated (their own reviews are their own). The file holds only that member's ratings, is
     * downloaded by them as text/csv, and is meant for Letterboxd; corrupting every such title and review for all
     * who import it was judged the greater harm.
     */
    public static byte[] write(List<LetterboxdEntry> entries) {
        var bytes = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), WRITE)) {
            for (var entry : entries) {
                printer.printRecord(
                        entry.title(),
                        entry.year(),
                        entry.stars(),
                        entry.watched() == null ? "" : entry.watched().toString(),
                        entry.review());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a Letterboxd export. A row that cannot be read becomes a message naming its line and does not stop the
     * others; a file that is not UTF-8, not a Letterboxd export, too large or longer than
     * {@link LetterboxdLimits#MAX_ROWS} rows is refused whole.
     */
    public static LetterboxdFile read(byte[] bytes) {
        if (bytes.length > LetterboxdLimits.MAX_BYTES) {
            throw refusal("The file is larger than " + LetterboxdLimits.MAX_BYTES / 1024 / 1024 + " MB.");
        }
        var text = utf8(bytes);
        try (var parser = CSVParser.parse(new StringReader(text), READ)) {
            var iterator = parser.iterator();
            if (!iterator.hasNext()) {
                throw refusal("The file is empty.");
            }
            var columns = Columns.of(iterator.next());
            var entries = new ArrayList<LetterboxdEntry>();
            var problems = new ArrayList<String>();
            var withoutRating = 0;
            var rows = 0;
            while (true) {
                var line = (int) parser.getCurrentLineNumber() + 1;
                if (!iterator.hasNext()) {
                    break;
                }
                var record = iterator.next();
                if (++rows > LetterboxdLimits.MAX_ROWS) {
                    throw refusal(
                            "The file has more than " + String.format(Locale.ROOT, "%,d", LetterboxdLimits.MAX_ROWS)
                                    + " rows; Filmclub reads up to that many at once.");
                }
                try {
                    var entry = columns.entry(record, line);
                    if (entry == null) {
                        withoutRating++;
                    } else {
                        entries.add(entry);
                    }
                } catch (BadRow bad) {
                    problems.add("Line " + line + ": " + bad.getMessage());
                }
            }
            return new LetterboxdFile(entries, problems, withoutRating);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV says so when a quoted cell is never closed: nothing after it can be read.
            throw refusal("The file is not well-formed CSV (a quoted cell is never closed, or a quote is out of "
                    + "place), so it cannot be read.");
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw refusal(NOT_UTF8);
        }
    }

    private static InvalidInputException refusal(String message) {
        return InvalidInputException.of("file", message);
    }

    /** A row that is refused alone, with why. */
    private static final class BadRow extends Exception {
        BadRow(String message) {
            super(message, null, false, false);
        }
    }

    /** Where each column Filmclub reads sits in this file, by its header. */
    private record Columns(int title, int year, int rating, int watched, int date, int review) {

        static Columns of(CSVRecord header) {
            var at = new HashMap<String, Integer>();
            for (var i = 0; i < header.size(); i++) {
                at.putIfAbsent(header.get(i).replace(" ", "").strip().toLowerCase(Locale.ROOT), i);
            }
            var title = first(at, "name", "title");
            var year = first(at, "year");
            var rating = first(at, "rating");
            if (title < 0 || year < 0 || rating < 0) {
                throw refusal(NOT_LETTERBOXD);
            }
            return new Columns(title, year, rating, first(at, "watcheddate"), first(at, "date"), first(at, "review"));
        }

        private static int first(Map<String, Integer> at, String... names) {
            for (var name : names) {
                var index = at.get(name);
                if (index != null) {
                    return index;
                }
            }
            return -1;
        }

        /** The row's rating, or null when the row has none. */
        LetterboxdEntry entry(CSVRecord record, int line) throws BadRow {
            for (var cell : record) {
                if (cell.length() > LetterboxdLimits.CELL_MAX) {
                    throw new BadRow("a cell is longer than "
                            + String.format(Locale.ROOT, "%,d", LetterboxdLimits.CELL_MAX) + " characters.");
                }
            }
            var rating = cell(record, rating());
            if (rating.isEmpty()) {
                return null;
            }
            var title = cell(record, title());
            if (title.isEmpty()) {
                throw new BadRow("the film has no name.");
            }
            if (title.length() > FilmLimits.TITLE_MAX) {
                throw new BadRow("the film's name is longer than " + FilmLimits.TITLE_MAX + " characters.");
            }
            var watchedCell = cell(record, watched());
            return new LetterboxdEntry(
                    title,
                    year(cell(record, year())),
                    halves(rating),
                    date(watchedCell.isEmpty() ? cell(record, date()) : watchedCell),
                    cell(record, review()),
                    line);
        }

        private static String cell(CSVRecord record, int index) {
            return index < 0 || index >= record.size() ? "" : record.get(index).strip();
        }

        private static int year(String cell) throws BadRow {
            try {
                var year = Integer.parseInt(cell);
                if (year >= FilmLimits.YEAR_MIN && year <= FilmLimits.YEAR_MAX) {
                    return year;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new BadRow("the year “" + shorten(cell) + "” is not a year between " + FilmLimits.YEAR_MIN + " and "
                    + FilmLimits.YEAR_MAX + ".");
        }

        private static int halves(String cell) throws BadRow {
            try {
                if (cell.length() > 8) {
                    throw new NumberFormatException();
                }
                var doubled = new BigDecimal(cell).multiply(BigDecimal.valueOf(2));
                if (doubled.stripTrailingZeros().scale() <= 0) {
                    var halves = doubled.intValueExact();
                    if (halves >= 1 && halves <= 10) {
                        return halves;
                    }
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // said below
            }
            throw new BadRow("the rating “" + shorten(cell) + "” is not between ½ and 5 stars in half steps.");
        }

        private static LocalDate date(String cell) throws BadRow {
            if (cell.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(cell);
            } catch (DateTimeParseException e) {
                throw new BadRow("the date “" + shorten(cell) + "” is not a date written as YYYY-MM-DD.");
            }
        }

        private static String shorten(String cell) {
            return cell.length() > 20 ? cell.substring(0, 20) + "…" : cell;
        }
    }
}
