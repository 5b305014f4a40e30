package org.filmclub.film;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.filmclub.base.AbstractEntity;

/** What one member has typed into an essay and not yet published, and the revision it started from. */
@Entity
@Table(name = "essay_drafts")
class EssayDraft extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long essayId;

    @Column(nullable = false, updatable = false)
    private long memberId;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private int baseRevision;

    @Column(nullable = false)
    private Instant savedAt;

    @Column(nullable = false)
    private boolean discussesEnding;

    protected EssayDraft() {}

    EssayDraft(long essayId, long memberId) {
        this.essayId = essayId;
        this.memberId = memberId;
    }

    void update(String body, int baseRevision, boolean discussesEnding, Instant savedAt) {
        this.body = body;
        this.discussesEnding = discussesEnding;
        this.baseRevision = baseRevision;
        this.savedAt = savedAt;
    }

    String body() {
        return body;
    }

    int baseRevision() {
        return baseRevision;
    }

    boolean discussesEnding() {
        return discussesEnding;
    }

    Instant savedAt() {
        return savedAt;
    }
}
