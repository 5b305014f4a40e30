package org.filmclub.film;

/** The one place where film and essay limits are set; forms and services both read them. */
public final class FilmLimits {

    public static final int TITLE_MAX = 200;
    public static final int DIRECTOR_MAX = 120;
    public static final int SYNOPSIS_MAX = 1000;
    public static final int POSTER_URL_MAX = 500;
    public static final int YEAR_MIN = 1870;
    public static final int YEAR_MAX = 2100;
    public static final int RUNTIME_MIN = 1;
    public static final int RUNTIME_MAX = 1440;
    public static final int SEARCH_MAX = 100;

    /** Characters of Markdown in one essay. */
    public static final int ESSAY_MAX = 200_000;
    /** Bytes of an imported file. */
    public static final int IMPORT_MAX_BYTES = 200 * 1024;

    private FilmLimits() {}
}
