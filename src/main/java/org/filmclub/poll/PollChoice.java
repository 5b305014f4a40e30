package org.filmclub.poll;

/** A film a poll offers; it stays in the poll when its nomination is withdrawn or archived meanwhile. */
public record PollChoice(
        long id,
        String title,
        int year,
        String director,
        int runtimeMinutes,
        String pitchHtml,
        boolean stillNominated) {

    /** "Stalker (1979)" */
    public String label() {
        return title + " (" + year + ")";
    }
}
