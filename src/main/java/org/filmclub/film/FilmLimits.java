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
    /** Levels of block quotes and lists inside one another, and of any other Markdown nesting. */
    public static final int ESSAY_NESTING_MAX = 32;
    /** Links and images ("](") in one essay; flexmark looks ahead for each, so many cost far more than a few. */
    public static final int ESSAY_LINKS_MAX = 2_000;
    /** Runs of backticks in one essay: each opens code that flexmark looks ahead to close. */
    public static final int ESSAY_CODE_MARKS_MAX = 2_000;
    /** Footnote references ("[^") in one essay; every one adds a link to its note and one back. */
    public static final int ESSAY_FOOTNOTE_REFS_MAX = 1_000;
    /** Lines of one paragraph, table or code block, up to a blank line; flexmark reads a table anew at each. */
    public static final int ESSAY_BLOCK_LINES_MAX = 1_000;
    /** Characters of an essay once rendered, as stored and sent to every reader. */
    public static final int ESSAY_HTML_MAX = 1_000_000;
    /** How long one essay may take to render before it is refused as too complex. */
    public static final java.time.Duration ESSAY_RENDER_TIME = java.time.Duration.ofSeconds(3);
    /** Bytes of an imported file. */
    public static final int IMPORT_MAX_BYTES = 200 * 1024;

    private FilmLimits() {}
}
