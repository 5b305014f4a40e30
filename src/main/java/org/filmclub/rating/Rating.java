package org.filmclub.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.filmclub.base.AbstractEntity;

/**
 * One rating as given, never changed afterwards: a new rating of the same film is a new row with the next
 * {@code seq}, which the table keeps unique per member and film.
 */
@Entity
@Table(name = "ratings")
class Rating extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long clubId;

    @Column(nullable = false, updatable = false)
    private long filmId;

    @Column(nullable = false, updatable = false)
    private long memberId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(nullable = false, updatable = false)
    private int halves;

    @Column(updatable = false)
    private String take;

    @Column(updatable = false)
    private String takeHtml;

    @Column(updatable = false)
    private LocalDate watchedOn;

    @Column(nullable = false, updatable = false)
    private Instant ratedAt;

    protected Rating() {}

    private Rating(
            long clubId,
            long filmId,
            long memberId,
            int seq,
            int halves,
            String take,
            String takeHtml,
            LocalDate watchedOn,
            Instant ratedAt) {
        if (halves < RatingLimits.HALVES_MIN || halves > RatingLimits.HALVES_MAX) {
            throw new IllegalArgumentException("halves out of range: " + halves);
        }
        this.clubId = clubId;
        this.filmId = filmId;
        this.memberId = memberId;
        this.seq = seq;
        this.halves = halves;
        this.take = take.isEmpty() ? null : take;
        this.takeHtml = take.isEmpty() ? null : takeHtml;
        this.watchedOn = watchedOn;
        this.ratedAt = ratedAt;
    }

    /** A member's first rating of a film. */
    static Rating first(
            long clubId, long filmId, long memberId, int halves, String take, String html, LocalDate on, Instant at) {
        return new Rating(clubId, filmId, memberId, 1, halves, take, html, on, at);
    }

    /** The rating that follows this one: same member, film and club, the next number. */
    Rating next(int halves, String take, String html, LocalDate on, Instant at) {
        return new Rating(clubId, filmId, memberId, seq + 1, halves, take, html, on, at);
    }

    /** Whether rating again with these would change nothing, as when the same form is sent twice. */
    boolean sameAs(int halves, String take, LocalDate on) {
        return this.halves == halves && Objects.equals(take(), take) && Objects.equals(watchedOn, on);
    }

    long filmId() {
        return filmId;
    }

    long memberId() {
        return memberId;
    }

    int seq() {
        return seq;
    }

    int halves() {
        return halves;
    }

    String take() {
        return take == null ? "" : take;
    }

    String takeHtml() {
        return takeHtml == null ? "" : takeHtml;
    }

    LocalDate watchedOn() {
        return watchedOn;
    }

    Instant ratedAt() {
        return ratedAt;
    }

    RatingEntry toEntry() {
        return new RatingEntry(memberId, filmId, halves, take(), watchedOn, ratedAt, seq == 1);
    }
}
