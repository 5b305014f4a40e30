package org.filmclub.base.ui;

/**
 * A panel beside a text that can take a passage a member selected in it, such as the discussion (which quotes it)
 * or the question board (which asks about it). {@link ReadingLayout} offers one button per such panel.
 */
public interface TakesPassage {

    /** The words of the button that hands the panel the selected passage, such as "Quote in discussion". */
    String passageAction();

    /** Takes the passage, as the member selected it; the panel keeps it within its own limits. */
    void takePassage(String passage);
}
