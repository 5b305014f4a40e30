package org.filmclub.poll;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Coalesces ballots. A committed ballot only marks its poll; every {@link PollLimits#REDRAW_EVERY_MS}
 * each marked poll is counted once and the one snapshot goes to all its open pages, so five hundred
 * ballots in the last second cost a few counts, not five hundred redraws per page.
 */
@Component
class PollUpdates {

    private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
    private final PollCounts counts;
    private final ApplicationEventPublisher events;

    PollUpdates(PollCounts counts, ApplicationEventPublisher events) {
        this.counts = counts;
        this.events = events;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(BallotsChanged change) {
        dirty.add(change.pollId());
    }

    /** One pass at a time: whoever calls it (the schedule, or a test) returns once every snapshot is on its way. */
    @Scheduled(fixedDelay = PollLimits.REDRAW_EVERY_MS)
    synchronized void redraw() {
        for (var poll : dirty) {
            if (dirty.remove(poll)) {
                var standings = counts.standings(poll);
                if (standings != null) {
                    events.publishEvent(standings);
                }
            }
        }
    }
}
