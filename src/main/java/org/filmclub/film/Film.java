package org.filmclub.film;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.filmclub.base.AbstractEntity;

@Entity
@Table(name = "films")
class Film extends AbstractEntity {

    @Column(nullable = false, updatable = false)
    private long clubId;

    @Column(nullable = false)
    private String title;

    @Column(name = "release_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private String director;

    @Column(nullable = false)
    private int runtimeMinutes;

    @Column(nullable = false)
    private String synopsis;

    private String posterUrl;

    @Column(nullable = false, updatable = false)
    private long addedBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    protected Film() {}

    Film(long clubId, FilmDetails details, long addedBy, Instant createdAt) {
        this.clubId = clubId;
        this.addedBy = addedBy;
        this.createdAt = createdAt;
        update(details);
    }

    void update(FilmDetails details) {
        this.title = details.title();
        this.year = details.year();
        this.director = details.director();
        this.runtimeMinutes = details.runtimeMinutes();
        this.synopsis = details.synopsis();
        this.posterUrl = details.posterUrl().isEmpty() ? null : details.posterUrl();
    }

    long clubId() {
        return clubId;
    }

    long addedBy() {
        return addedBy;
    }

    String title() {
        return title;
    }

    int runtimeMinutes() {
        return runtimeMinutes;
    }

    FilmSummary toSummary() {
        return new FilmSummary(getId(), title, year, director, runtimeMinutes, createdAt);
    }

    FilmDetails toDetails() {
        return new FilmDetails(title, year, director, runtimeMinutes, synopsis, posterUrl);
    }
}
