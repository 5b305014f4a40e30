package org.filmclub.poll;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes polls whose time has come: on every start (for those that came due while the app was down)
 * and then every {@code filmclub.polls.close-check-ms}. Each close claims the poll's row first, so a
 * restart, a late run or a second node never counts a poll twice.
 */
@Component
public class PollClosing {

    private static final Logger log = LoggerFactory.getLogger(PollClosing.class);

    private final PollRepository polls;
    private final PollCounts counts;
    private final Clock clock;

    PollClosing(PollRepository polls, PollCounts counts, Clock clock) {
        this.polls = polls;
        this.counts = counts;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void catchUp() {
        closeDue();
    }

    @Scheduled(fixedDelayString = "${filmclub.polls.close-check-ms:30000}", initialDelay = 30000)
    void onSchedule() {
        closeDue();
    }

    /** @return how many polls this call closed */
    public int closeDue() {
        var closed = 0;
        for (var pollId : polls.findDue(clock.instant())) {
            try {
                if (counts.close(pollId)) {
                    closed++;
                }
            } catch (RuntimeException e) {
                // Left open: the next run tries again, and one bad poll never keeps the others open.
                log.warn("Poll {} could not be closed; will try again", pollId, e);
            }
        }
        return closed;
    }
}
