package org.filmclub.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import org.filmclub.base.AbstractEntity;

@Entity
@Table(name = "screenings")
class Screening extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long clubId;

    @Column(nullable = false)
    private long filmId;

    @Column(nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private String venue;

    @Column(nullable = false)
    private String onlineLink;

    private Integer seatLimit;

    @Column(nullable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScreeningStatus status;

    @Column(nullable = false)
    private int sequence;

    private Instant reminderSentAt;
    private Instant startedAt;
    private Instant endedAt;

    @Column(nullable = false, updatable = false)
    private long createdBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected Screening() {}

    Screening(long clubId, long createdBy, Instant now) {
        this.clubId = clubId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = ScreeningStatus.SCHEDULED;
    }

    /** @return what changed that members who answered care about: the time, the place, or nothing */
    Change schedule(
            long filmId,
            Instant startsAt,
            Instant endsAt,
            ZoneId zone,
            String venue,
            String onlineLink,
            Integer seatLimit,
            String note,
            Instant now) {
        var timeChanged = this.startsAt != null && (!startsAt.equals(this.startsAt) || !endsAt.equals(this.endsAt));
        var placeChanged = this.venue != null && (!venue.equals(this.venue) || !onlineLink.equals(this.onlineLink));
        var first = this.startsAt == null;
        this.filmId = filmId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.timeZone = zone.getId();
        this.venue = venue;
        this.onlineLink = onlineLink;
        this.seatLimit = seatLimit;
        this.note = note;
        this.updatedAt = now;
        if (!first) {
            sequence++;
        }
        if (timeChanged) {
            // A new time deserves its own reminder.
            reminderSentAt = null;
        }
        return timeChanged ? Change.TIME : placeChanged ? Change.PLACE : Change.NONE;
    }

    enum Change {
        TIME,
        PLACE,
        NONE
    }

    void cancel(Instant now) {
        status = ScreeningStatus.CANCELLED;
        sequence++;
        updatedAt = now;
    }

    void start(Instant now) {
        status = ScreeningStatus.LIVE;
        startedAt = now;
        updatedAt = now;
    }

    void end(Instant now) {
        status = ScreeningStatus.ENDED;
        endedAt = now;
        updatedAt = now;
    }

    long clubId() {
        return clubId;
    }

    long filmId() {
        return filmId;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    String venue() {
        return venue;
    }

    String onlineLink() {
        return onlineLink;
    }

    Integer seatLimit() {
        return seatLimit;
    }

    String note() {
        return note;
    }

    ScreeningStatus status() {
        return status;
    }

    int sequence() {
        return sequence;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant endedAt() {
        return endedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
