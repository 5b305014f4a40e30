package org.filmclub.club;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.filmclub.base.AbstractEntity;

@Entity
@Table(name = "memberships")
class Membership extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "club_id", updatable = false)
    private Club club;

    @Column(nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false, updatable = false)
    private Instant joinedAt;

    protected Membership() {}

    Membership(Club club, long memberId, Role role, Instant joinedAt) {
        this.club = club;
        this.memberId = memberId;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    Club club() {
        return club;
    }

    long memberId() {
        return memberId;
    }

    Role role() {
        return role;
    }

    Instant joinedAt() {
        return joinedAt;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    ClubSummary toSummary() {
        return new ClubSummary(club.getId(), club.slug(), club.name(), role);
    }

    ClubMembership toMembership() {
        return new ClubMembership(club.getId(), club.slug(), memberId, role);
    }
}
