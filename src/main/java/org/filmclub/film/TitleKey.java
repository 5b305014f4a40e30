package org.filmclub.film;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A film's title and year as the club matches them: case, accents, punctuation and spacing aside, so
 * "Amélie" (2001) and "amelie" (2001) are one film, whether they come from a nomination, an import or
 * the club's list.
 */
public record TitleKey(String title, int year) {

    public TitleKey {
        title = normalize(title);
    }

    public static TitleKey of(String title, int year) {
        return new TitleKey(title, year);
    }

    private static String normalize(String title) {
        if (title == null) {
            return "";
        }
        var plain = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
