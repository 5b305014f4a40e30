package org.filmclub.film;

import java.time.Instant;

/** Someone saved the essay after this member started editing it; nothing was written. */
public class EditConflictException extends RuntimeException {

    private final String savedBy;
    private final Instant savedAt;
    private final int currentRevision;

    EditConflictException(String savedBy, Instant savedAt, int currentRevision) {
        super(savedBy + " saved a newer version of this essay while you were editing.");
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.currentRevision = currentRevision;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public int currentRevision() {
        return currentRevision;
    }
}
