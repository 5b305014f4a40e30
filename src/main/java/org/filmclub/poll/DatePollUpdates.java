package org.filmclub.poll;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.filmclub.club.MembershipEnded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coalesces changes to date polls, as the question board does: a committed answer only marks its poll;
 * every {@link DatePollLimits#REDRAW_EVERY_MS} each marked poll is read once and that one table is sent
 * to every page showing it. A member leaving marks the club's open polls, as their answers stop counting.
 */
@Component
class DatePollUpdates {

    private final Set<Long> dirtyPolls = ConcurrentHashMap.newKeySet();
    private final Set<Long> dirtyClubs = ConcurrentHashMap.newKeySet();
    private final DatePollService polls;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;

    DatePollUpdates(DatePollService polls, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.polls = polls;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(DatesAnswered change) {
        dirtyPolls.add(change.pollId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void left(MembershipEnded ended) {
        dirtyClubs.add(ended.clubId());
    }

    /**
     * Reads each marked poll once and hands that table to the bus. One pass at a time: whoever calls it (the
     * schedule, or a test) returns only once every table taken so far is on its way.
     */
    @Scheduled(fixedDelay = DatePollLimits.REDRAW_EVERY_MS)
    synchronized void redraw() {
        if (!dirtyClubs.isEmpty()) {
            var clubs = Set.copyOf(dirtyClubs);
            dirtyClubs.removeAll(clubs);
            dirtyPolls.addAll(readOnly.execute(status -> polls.openIn(clubs)));
        }
        for (var poll : Set.copyOf(dirtyPolls)) {
            dirtyPolls.remove(poll);
            readOnly.execute(status -> polls.read(poll))
                    .ifPresent(table -> events.publishEvent(new DatePollChanged(table)));
        }
    }
}
