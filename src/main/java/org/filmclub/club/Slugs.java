package org.filmclub.club;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a club name into the part of its address after {@code /clubs/}. */
public final class Slugs {

    private Slugs() {}

    public static String fromName(String name) {
        var ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > ClubLimits.SLUG_MAX) {
            ascii = ascii.substring(0, ClubLimits.SLUG_MAX).replaceAll("-+$", "");
        }
        return ascii.length() < ClubLimits.SLUG_MIN ? (ascii.isEmpty() ? "club" : ascii + "-club") : ascii;
    }
}
