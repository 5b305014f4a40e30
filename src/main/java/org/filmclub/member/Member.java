package org.filmclub.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import org.filmclub.base.AbstractEntity;

@Entity
@Table(name = "members")
class Member extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false)
    private String displayName;
    /** None for a placeholder, which no password opens. */
    private String passwordHash;

    @Column(nullable = false)
    private String timeZone;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected Member() {}

    Member(String username, String displayName, String passwordHash, ZoneId timeZone, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.timeZone = timeZone.getId();
        this.createdAt = createdAt;
    }

    static Member placeholder(String username, String displayName, Instant createdAt) {
        return new Member(username, displayName, null, ZoneId.of("UTC"), createdAt);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    void rename(String displayName, ZoneId timeZone) {
        this.displayName = displayName;
        this.timeZone = timeZone.getId();
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    MemberProfile toProfile() {
        return new MemberProfile(getId(), username, displayName, ZoneId.of(timeZone));
    }
}
