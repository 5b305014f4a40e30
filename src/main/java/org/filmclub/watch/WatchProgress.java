package org.filmclub.watch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.filmclub.base.AbstractEntity;

/** One member's progress through one film; at most one row per member and film. */
@Entity
@Table(name = "watch_progress")
class WatchProgress extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long memberId;

    @Column(nullable = false, updatable = false)
    private long filmId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Progress.Stage stage;

    private Long momentMs;

    @Column(nullable = false)
    private Instant updatedAt;

    protected WatchProgress() {}

    WatchProgress(long memberId, long filmId) {
        this.memberId = memberId;
        this.filmId = filmId;
    }

    void set(Progress progress, Instant at) {
        this.stage = progress.stage();
        this.momentMs = progress.upTo() == null ? null : progress.upTo().millis();
        this.updatedAt = at;
    }

    long memberId() {
        return memberId;
    }

    Progress progress() {
        return new Progress(stage, momentMs == null ? null : Moment.ofMillis(momentMs));
    }
}
