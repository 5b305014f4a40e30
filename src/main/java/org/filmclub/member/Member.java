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

    /** In lower case; none for members who signed up before addresses, and for placeholders. */
    private String email;
    /** When the member followed the link mailed to {@link #email}; none until then. */
    private Instant emailVerifiedAt;
    /** Whether a member without an address was asked for one already. */
    @Column(nullable = false)
    private boolean addressAsked;

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

    String email() {
        return email;
    }

    boolean emailVerified() {
        return email != null && emailVerifiedAt != null;
    }

    boolean addressAsked() {
        return addressAsked;
    }

    /** A new address counts only once its link is followed; the same address again changes nothing. */
    void changeEmail(String email) {
        if (!email.equals(this.email)) {
            this.email = email;
            this.emailVerifiedAt = null;
        }
        this.addressAsked = true;
    }

    /** Verifies the address only if it is still the one the link was mailed to. */
    boolean verifyEmail(String email, Instant now) {
        if (this.email == null || !this.email.equals(email)) {
            return false;
        }
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
        return true;
    }

    void markAddressAsked() {
        this.addressAsked = true;
    }

    MemberProfile toProfile() {
        return new MemberProfile(getId(), username, displayName, ZoneId.of(timeZone));
    }
}
