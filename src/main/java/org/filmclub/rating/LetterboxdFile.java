package org.filmclub.rating;

import java.util.List;

/**
 * What a Letterboxd file held: the ratings that could be read, a line-numbered message for each row that could not,
 * and how many rows had no rating at all (a diary entry need not have one).
 */
public record LetterboxdFile(List<LetterboxdEntry> entries, List<String> problems, int withoutRating) {

    public LetterboxdFile {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
