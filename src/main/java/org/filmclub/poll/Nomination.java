package org.filmclub.poll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.filmclub.base.NotPermittedException;
import org.filmclub.club.ClubMembership;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.TitleKey;

@Entity
@Table(name = "nominations")
class Nomination extends org.filmclub.base.AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long clubId;

    @Column(nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String titleKey;

    @Column(name = "release_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private String director;

    @Column(nullable = false, updatable = false)
    private int runtimeMinutes;

    @Column(nullable = false, updatable = false)
    private String pitch;

    @Column(nullable = false, updatable = false)
    private String pitchHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NominationStatus status;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected Nomination() {}

    Nomination(long clubId, long authorId, NominationInput input, String pitchHtml, Instant createdAt) {
        this.clubId = clubId;
        this.authorId = authorId;
        this.title = input.title();
        this.titleKey = TitleKey.of(input.title(), input.year()).title();
        this.year = input.year();
        this.director = input.director();
        this.runtimeMinutes = input.runtimeMinutes();
        this.pitch = input.pitch();
        this.pitchHtml = pitchHtml;
        this.status = NominationStatus.OPEN;
        this.createdAt = createdAt;
    }

    long clubId() {
        return clubId;
    }

    long authorId() {
        return authorId;
    }

    String title() {
        return title;
    }

    int year() {
        return year;
    }

    String director() {
        return director;
    }

    int runtimeMinutes() {
        return runtimeMinutes;
    }

    String pitchHtml() {
        return pitchHtml;
    }

    NominationStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean isOpen() {
        return status == NominationStatus.OPEN;
    }

    FilmDetails toFilm() {
        return new FilmDetails(title, year, director, runtimeMinutes, "", "");
    }

    /** Others second a nomination on the list; its author cannot second their own. */
    void requireSecondableBy(ClubMembership membership) {
        if (authorId == membership.memberId()) {
            throw new NotPermittedException("You nominated this film; the others second it.");
        }
        requireOpen("seconded");
    }

    /** Only its author takes a nomination back. */
    void withdrawBy(ClubMembership membership) {
        if (authorId != membership.memberId()) {
            throw new NotPermittedException("Only the member who nominated a film can withdraw it.");
        }
        requireOpen("withdrawn");
        status = NominationStatus.WITHDRAWN;
    }

    /** Only a host takes a nomination off the club's list. */
    void archiveBy(ClubMembership membership) {
        membership.requireHost("archive nominations");
        requireOpen("archived");
        status = NominationStatus.ARCHIVED;
    }

    private void requireOpen(String what) {
        if (!isOpen()) {
            throw new NotPermittedException("This nomination was "
                    + status.name().toLowerCase(java.util.Locale.ROOT) + "; it can no longer be " + what + ".");
        }
    }
}
