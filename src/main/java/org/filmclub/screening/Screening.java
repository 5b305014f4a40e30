package org.filmclub.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.filmclub.base.AbstractEntity;
import org.filmclub.base.NotPermittedException;

/**
 * A screening guards its own life: scheduled, then live, then ended; cancelled at any point before
 * it is over. A change that does not fit where it stands is refused here, whoever asks.
 */
@Entity
@Table(name = "screenings")
class Screening extends AbstractEntity {

    /** How long past its planned end a screening left live is ended for the host. */
    static final Duration OVERDUE = Duration.ofHours(1);

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

    /** @return what changed that members who answered care about: the time, the place, the film; none for a new one */
    Set<Change> schedule(
            long filmId,
            Instant startsAt,
            Instant endsAt,
            ZoneId zone,
            String venue,
            String onlineLink,
            Integer seatLimit,
            String note,
            Instant now) {
        requireChangeable();
        var timeChanged = this.startsAt != null && (!startsAt.equals(this.startsAt) || !endsAt.equals(this.endsAt));
        var placeChanged = this.venue != null && (!venue.equals(this.venue) || !onlineLink.equals(this.onlineLink));
        var filmChanged = this.startsAt != null && filmId != this.filmId;
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
        var changes = EnumSet.noneOf(Change.class);
        if (timeChanged) {
            changes.add(Change.TIME);
        }
        if (placeChanged) {
            changes.add(Change.PLACE);
        }
        if (filmChanged) {
            changes.add(Change.FILM);
        }
        return changes;
    }

    enum Change {
        TIME,
        PLACE,
        FILM
    }

    /** Refuses any change to a screening that is over: its record stays as it was. */
    void requireChangeable() {
        if (status.isOver()) {
            throw new NotPermittedException("This screening is over and can no longer be changed.");
        }
    }

    /** Refuses an answer once the screening was cancelled, ended or is past its end. */
    void requireOpenForAnswers(Instant now) {
        if (status.isOver() || !endsAt.isAfter(now)) {
            throw new NotPermittedException(
                    status == ScreeningStatus.CANCELLED ? "This screening was cancelled." : "This screening is over.");
        }
    }

    void cancel(Instant now) {
        if (status.isOver()) {
            throw new NotPermittedException("This screening is already over.");
        }
        status = ScreeningStatus.CANCELLED;
        sequence++;
        updatedAt = now;
    }

    void start(Instant now) {
        if (status != ScreeningStatus.SCHEDULED) {
            throw new NotPermittedException("Only a scheduled screening can be started.");
        }
        status = ScreeningStatus.LIVE;
        startedAt = now;
        updatedAt = now;
    }

    void end(Instant now) {
        if (status != ScreeningStatus.LIVE) {
            throw new NotPermittedException("Only a screening that is live can be ended.");
        }
        status = ScreeningStatus.ENDED;
        endedAt = now;
        updatedAt = now;
    }

    /** Refuses what only makes sense while the club is in the room, such as running the film clock. */
    void requireLive(String action) {
        if (status != ScreeningStatus.LIVE) {
            throw new NotPermittedException("You can " + action + " only while the screening is live.");
        }
    }

    boolean isLive() {
        return status == ScreeningStatus.LIVE;
    }

    /** Still live {@link #OVERDUE} past its planned end: the host forgot to end it. */
    boolean isOverdue(Instant now) {
        return isLive() && endsAt.plus(OVERDUE).isBefore(now);
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
