package org.filmclub.poll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import org.filmclub.base.AbstractEntity;
import org.filmclub.base.NotPermittedException;

/**
 * A date poll guards its own life: open for answers, then closed, either with one of its times made a
 * screening or without. Once closed it takes no answer and no second closing, whoever asks.
 */
@Entity
@Table(name = "date_polls")
class DatePoll extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long clubId;

    @Column(nullable = false, updatable = false)
    private long filmId;

    @Column(nullable = false, updatable = false)
    private String timeZone;

    @Column(nullable = false, updatable = false)
    private int durationMinutes;

    @Column(nullable = false, updatable = false)
    private String venue;

    @Column(nullable = false, updatable = false)
    private String onlineLink;

    @Column(updatable = false)
    private Integer seatLimit;

    @Column(nullable = false, updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DatePollStatus status;

    private Long screeningId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, updatable = false)
    private long createdBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant closedAt;

    protected DatePoll() {}

    DatePoll(long clubId, long createdBy, Instant now, DatePollInput input) {
        this.clubId = clubId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.filmId = input.filmId();
        this.timeZone = input.zone().getId();
        this.durationMinutes = input.durationMinutes();
        this.venue = input.venue();
        this.onlineLink = input.onlineLink();
        this.seatLimit = input.seatLimit();
        this.note = input.note();
        this.status = DatePollStatus.OPEN;
    }

    void requireOpen() {
        switch (status) {
            case OPEN -> {}
            case SCHEDULED -> throw new NotPermittedException("This date poll is closed: a time was chosen.");
            case CLOSED -> throw new NotPermittedException("This date poll is closed.");
        }
    }

    /** Someone answered: a table read from now on is newer than any read before. */
    void answered() {
        requireOpen();
        revision++;
    }

    /** One of its times became this screening; the poll closes with a link to it. */
    void scheduled(long screeningId, Instant now) {
        requireOpen();
        this.status = DatePollStatus.SCHEDULED;
        this.revision++;
        this.screeningId = screeningId;
        this.closedAt = now;
    }

    void close(Instant now) {
        requireOpen();
        this.status = DatePollStatus.CLOSED;
        this.revision++;
        this.closedAt = now;
    }

    long clubId() {
        return clubId;
    }

    long filmId() {
        return filmId;
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    int durationMinutes() {
        return durationMinutes;
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

    DatePollStatus status() {
        return status;
    }

    Long screeningId() {
        return screeningId;
    }

    int revision() {
        return revision;
    }
}
