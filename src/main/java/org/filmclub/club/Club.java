package org.filmclub.club;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.filmclub.base.AbstractEntity;

@Entity
@Table(name = "clubs")
class Club extends AbstractEntity {

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;
    /** Null only for a club made before invites were derived, until the app gives it one on start. */
    private String inviteSeed;

    private String inviteHash;

    @Column(nullable = false)
    private Instant inviteExpiresAt;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected Club() {}

    Club(String slug, String name, String description, InviteSecret invite, Instant createdAt) {
        this.slug = slug;
        this.name = name;
        this.description = description;
        replaceInvite(invite);
        this.createdAt = createdAt;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    Instant createdAt() {
        return createdAt;
    }

    String inviteSeed() {
        return inviteSeed;
    }

    Instant inviteExpiresAt() {
        return inviteExpiresAt;
    }

    void update(String slug, String name, String description) {
        this.slug = slug;
        this.name = name;
        this.description = description;
    }

    void replaceInvite(InviteSecret invite) {
        this.inviteSeed = invite.seed();
        this.inviteHash = invite.hash();
        this.inviteExpiresAt = invite.expiresAt();
    }
}
