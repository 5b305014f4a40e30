package org.filmclub.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.filmclub.base.AbstractEntity;

/** A single-use link mailed to a member; only its token's hash is kept. */
@Entity
@Table(name = "account_links")
class AccountLink extends AbstractEntity {

    enum Purpose {
        VERIFY_EMAIL,
        RESET_PASSWORD
    }

    @Column(nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Purpose purpose;

    @Column(nullable = false, updatable = false)
    private String tokenHash;

    @Column(updatable = false)
    private String email;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private Instant expiresAt;

    protected AccountLink() {}

    AccountLink(long memberId, Purpose purpose, String tokenHash, String email, Instant createdAt, Instant expiresAt) {
        this.memberId = memberId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.email = email;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long memberId() {
        return memberId;
    }

    String email() {
        return email;
    }

    boolean usableAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
