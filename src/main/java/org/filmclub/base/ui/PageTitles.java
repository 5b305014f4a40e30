package org.filmclub.base.ui;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one format of the browser tab's title: where the member is, from the nearest to the widest, then the app,
 * such as {@code Her — Friday Film Club — Filmclub}. A fixed title writes {@code "Profile" + PageTitles.SUFFIX}.
 */
public final class PageTitles {

    public static final String APP = "Filmclub";
    public static final String SEPARATOR = " — ";
    public static final String SUFFIX = SEPARATOR + APP;

    private PageTitles() {}

    /** @param places the page, then what holds it (the club), nearest first; blank ones are left out */
    public static String of(String... places) {
        var where = Arrays.stream(places)
                .filter(p -> p != null && !p.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(SEPARATOR));
        return where.isEmpty() ? APP : where + SUFFIX;
    }
}
