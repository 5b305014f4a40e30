package org.filmclub;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The app's clock in tests: real time, until a test stops it to make time-based behaviour exact.
 * A test that stops it starts it again when done, since all app tests share one context.
 */
public final class TestClock extends Clock {

    private volatile Instant stoppedAt;

    public Instant stop() {
        return stopAt(Instant.now());
    }

    public Instant stopAt(Instant instant) {
        stoppedAt = instant;
        return instant;
    }

    public void resume() {
        stoppedAt = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        var stopped = stoppedAt;
        return stopped != null ? stopped : Instant.now();
    }
}
