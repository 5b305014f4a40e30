package org.filmclub.rating;

import java.time.LocalDate;

/**
 * One rating as a Letterboxd file carries it.
 *
 * @param halves the rating in half stars, 1 (½) to 10 (5 stars)
 * @param watched when the film was watched, if the file says
 * @param review the member's words, or empty
 * @param line the line of the file the row starts on (0 for a row that was never in a file)
 */
public record LetterboxdEntry(String title, int year, int halves, LocalDate watched, String review, int line) {

    public LetterboxdEntry {
        review = review == null ? "" : review;
    }

    /** The rating as Letterboxd writes it: 0.5 to 5. */
    public String stars() {
        return halves % 2 == 0 ? Integer.toString(halves / 2) : (halves / 2) + ".5";
    }
}
