package org.filmclub.film;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.filmclub.base.AbstractEntity;

/**
 * One saved text of an essay with the HTML it was rendered to; never changed once written, except that a
 * revision saved before HTML was stored gets it when first read (see {@link StoredEssays}).
 */
@Entity
@Table(name = "essay_revisions")
class EssayRevision extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long essayId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(updatable = false)
    private String html;

    @Column(nullable = false, updatable = false)
    private long editedBy;

    @Column(updatable = false)
    private Integer restoredFrom;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected EssayRevision() {}

    EssayRevision(
            long essayId,
            int number,
            String body,
            String html,
            long editedBy,
            Integer restoredFrom,
            Instant createdAt) {
        this.essayId = essayId;
        this.number = number;
        this.body = body;
        this.html = html;
        this.editedBy = editedBy;
        this.restoredFrom = restoredFrom;
        this.createdAt = createdAt;
    }

    int number() {
        return number;
    }

    String body() {
        return body;
    }

    /** Null for a revision saved before HTML was stored. */
    String html() {
        return html;
    }

    long editedBy() {
        return editedBy;
    }

    Integer restoredFrom() {
        return restoredFrom;
    }

    Instant createdAt() {
        return createdAt;
    }
}
