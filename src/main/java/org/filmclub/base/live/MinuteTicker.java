package org.filmclub.base.live;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Tells this node's screens, once a minute, that relative times have moved on. */
@Component
public class MinuteTicker {

    private final LiveBus bus;
    private final Clock clock;

    MinuteTicker(LiveBus bus, Clock clock) {
        this.bus = bus;
        this.clock = clock;
    }

    @Scheduled(cron = "${filmclub.live.minute-tick:0 * * * * *}")
    public void tick() {
        bus.deliver(new MinutePassed(clock.instant()));
    }
}
