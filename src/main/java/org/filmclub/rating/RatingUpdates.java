package org.filmclub.rating;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.filmclub.club.MembershipEnded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coalesces changes to films' ratings. A committed change only marks its film; every
 * {@link RatingLimits#REDRAW_EVERY_MS} each marked film's ratings are read once and sent to its open pages as
 * one {@link FilmRatingsChanged}, so a burst of ratings costs one read and one redraw per page.
 */
@Component
class RatingUpdates {

    private final Map<Long, Long> dirtyFilms = new ConcurrentHashMap<>();
    private final RatingService ratings;
    private final RatingRepository repository;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;

    RatingUpdates(
            RatingService ratings,
            RatingRepository repository,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.ratings = ratings;
        this.repository = repository;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(RatingsChanged change) {
        dirtyFilms.put(change.filmId(), change.clubId());
    }

    /** A member who leaves stops counting: the club's rated films are redrawn without them. */
    @TransactionalEventListener(fallbackExecution = true)
    void left(MembershipEnded ended) {
        var films = readOnly.execute(status -> repository.ratedFilms(ended.clubId()));
        if (films != null) {
            films.forEach(film -> dirtyFilms.put(film, ended.clubId()));
        }
    }

    /** Reads each marked film's ratings once and hands that snapshot to the bus; one pass at a time. */
    @Scheduled(fixedDelay = RatingLimits.REDRAW_EVERY_MS)
    synchronized void redraw() {
        for (var film : dirtyFilms.keySet()) {
            var clubId = dirtyFilms.remove(film);
            if (clubId != null) {
                events.publishEvent(new FilmRatingsChanged(snapshot(film, clubId)));
            }
        }
    }

    FilmRatings snapshot(long filmId, long clubId) {
        return readOnly.execute(status -> ratings.read(filmId, clubId));
    }
}
