package org.filmclub.question;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coalesces changes to boards. A committed change only marks its film; every
 * {@link QuestionLimits#REDRAW_EVERY_MS} the marked films' boards are read once each and sent to
 * every open board as one {@link BoardChanged}. A burst of a hundred votes on one film thus costs
 * one read and redraws each open board once, not a hundred times.
 */
@Component
class BoardUpdates {

    private final Map<Long, Long> dirtyFilms = new ConcurrentHashMap<>();
    private final QuestionService questions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;

    BoardUpdates(QuestionService questions, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.questions = questions;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(QuestionsChanged change) {
        dirtyFilms.put(change.filmId(), change.clubId());
    }

    /**
     * Reads each marked film's board once and hands that one snapshot to the bus, which gives the same object to
     * every open board of the film; films not marked are not touched. One pass at a time: whoever calls it (the
     * schedule, or a test) returns only once every snapshot taken so far is on its way.
     */
    @Scheduled(fixedDelay = QuestionLimits.REDRAW_EVERY_MS)
    synchronized void redraw() {
        for (var film : dirtyFilms.keySet()) {
            var clubId = dirtyFilms.remove(film);
            if (clubId != null) {
                events.publishEvent(new BoardChanged(snapshot(film, clubId)));
            }
        }
    }

    /** The film's board as every open board receives it, each then showing what its member may see. */
    Board snapshot(long filmId, long clubId) {
        return readOnly.execute(status -> questions.read(filmId, clubId));
    }
}
