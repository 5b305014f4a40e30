package org.filmclub.poll;

import java.time.Instant;

/**
 * A nomination as a member sees it: the film, the pitch (safe HTML), who nominated it and how many
 * seconded it, and what this member may do with it.
 */
public record NominationCard(
        long id,
        String title,
        int year,
        String director,
        int runtimeMinutes,
        String pitchHtml,
        String author,
        NominationStatus status,
        Instant nominatedAt,
        int seconds,
        boolean secondedByMe,
        boolean mine,
        boolean canSecond,
        boolean canWithdraw,
        boolean canArchive) {

    /** "Stalker (1979)" */
    public String label() {
        return title + " (" + year + ")";
    }
}
