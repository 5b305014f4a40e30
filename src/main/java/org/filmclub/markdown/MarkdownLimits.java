package org.filmclub.markdown;

/** What one text may cost the renderer; past these it is refused with a message that says why. */
public final class MarkdownLimits {

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

    private MarkdownLimits() {}
}
