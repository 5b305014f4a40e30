package org.filmclub.film;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.filmclub.base.AbstractEntity;

/** One saved text of an essay; never changed once written, so its rendering can be cached by id. */
@Entity
@Table(name = "essay_revisions")
class EssayRevision extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long essayId;
    @Column(nullable = false, updatable = false)
    private int number;
    @Column(nullable = false, updatable = false)
    private String body;
    @Column(nullable = false, updatable = false)
    private long editedBy;
    @Column(updatable = false)
    private Integer restoredFrom;
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected EssayRevision() {
    }

    EssayRevision(long essayId, int number, String body, long editedBy, Integer restoredFrom, Instant createdAt) {
        this.essayId = essayId;
        this.number = number;
        this.body = body;
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
