package org.filmclub.film;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.filmclub.base.AbstractEntity;
import org.filmclub.club.ClubMembership;

/** One member's essay on a film. Its text lives in revisions; until published it is its author's alone. */
@Entity
@Table(name = "essays")
class Essay extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long filmId;

    @Column(nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant publishedAt;

    /** Its author warns that it discusses the ending: folded for a reader who has not finished the film. */
    @Column(nullable = false)
    private boolean discussesEnding;

    protected Essay() {}

    Essay(long filmId, long authorId, Instant createdAt) {
        this.filmId = filmId;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    long filmId() {
        return filmId;
    }

    long authorId() {
        return authorId;
    }

    int revision() {
        return revision;
    }

    boolean discussesEnding() {
        return discussesEnding;
    }

    /** Marks, or unmarks, the essay as discussing the ending; an editor does it as they publish. */
    void markEnding(boolean discussesEnding) {
        this.discussesEnding = discussesEnding;
    }

    boolean isPublished() {
        return publishedAt != null;
    }

    /** Its author may always edit it; a host may once it is published, never an unpublished draft. */
    boolean editableBy(ClubMembership membership) {
        return mayEdit(authorId, isPublished(), membership);
    }

    static boolean mayEdit(long authorId, boolean published, ClubMembership membership) {
        return authorId == membership.memberId() || (published && membership.isHost());
    }

    /** Records that a new revision is now the current text. */
    void advanceTo(int number, Instant at) {
        this.revision = number;
        if (publishedAt == null) {
            publishedAt = at;
        }
    }
}
