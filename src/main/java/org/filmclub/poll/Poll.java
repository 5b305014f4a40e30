package org.filmclub.poll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.filmclub.base.AbstractEntity;
import org.filmclub.base.NotPermittedException;

@Entity
@Table(name = "polls")
class Poll extends AbstractEntity {

    private static final DateTimeFormatter CLOSED = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM", Locale.UK);

    @Column(nullable = false, updatable = false)
    private long clubId;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private boolean sealed;

    @Column(nullable = false, updatable = false)
    private Instant closesAt;

    @Column(nullable = false, updatable = false)
    private String timeZone;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false, updatable = false)
    private long openedBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant closedAt;
    private String result;
    private Long winnerId;
    private Long winnerFilmId;
    private Integer countedBallots;
    private Integer leftBallots;

    protected Poll() {}

    Poll(long clubId, String title, boolean sealed, Instant closesAt, ZoneId zone, long openedBy, Instant createdAt) {
        this.clubId = clubId;
        this.title = title;
        this.sealed = sealed;
        this.closesAt = closesAt;
        this.timeZone = zone.getId();
        this.status = "OPEN";
        this.openedBy = openedBy;
        this.createdAt = createdAt;
    }

    long clubId() {
        return clubId;
    }

    String title() {
        return title;
    }

    boolean sealed() {
        return sealed;
    }

    Instant closesAt() {
        return closesAt;
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    boolean closed() {
        return "CLOSED".equals(status);
    }

    Instant closedAt() {
        return closedAt;
    }

    String result() {
        return result;
    }

    Long winnerId() {
        return winnerId;
    }

    Long winnerFilmId() {
        return winnerFilmId;
    }

    int countedBallots() {
        return countedBallots == null ? 0 : countedBallots;
    }

    int leftBallots() {
        return leftBallots == null ? 0 : leftBallots;
    }

    /** When ballots stopped being taken: at close, or at the closing time if that came first. */
    Instant endedAt(Instant now) {
        if (closed()) {
            return closedAt;
        }
        return closesAt.isAfter(now) ? null : closesAt;
    }

    /** Refuses a ballot once the poll closed, or its closing time passed, saying when in the member's zone. */
    void requireTakesBallots(Instant now, ZoneId memberZone) {
        var ended = endedAt(now);
        if (ended != null) {
            throw new NotPermittedException(
                    "This poll closed at " + CLOSED.withZone(memberZone).format(ended) + ".");
        }
    }

    /**
     * Stores the count, once: the row was claimed for closing by a conditional update, so whoever
     * records here is the only one who counted.
     */
    void recordResult(String resultJson, Long winner, Long winnerFilm, int counted, int left) {
        if (!closed() || result != null) {
            throw new IllegalStateException("Poll " + getId() + " was not claimed for closing, or is counted already");
        }
        this.result = resultJson;
        this.winnerId = winner;
        this.winnerFilmId = winnerFilm;
        this.countedBallots = counted;
        this.leftBallots = left;
    }
}
