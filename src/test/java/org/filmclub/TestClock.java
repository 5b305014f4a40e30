package org.filmclub;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's clock in tests: real time, until a test stops it to make time-based behaviour exact.
 * A test that stops it starts it again when done, since all app tests share one context.
 */
public final class TestClock extends Clock {

    private volatile Instant stoppedAt;
    /** When set, each reading is this much later than the one before, instead of real time. */
    private final Duration step;

    private final AtomicReference<Instant> lastStep = new AtomicReference<>(Instant.now());

    public TestClock() {
        this(null);
    }

    private TestClock(Duration step) {
        this.step = step;
    }

    /**
     * A clock each reading of which is {@code step} after the one before, so that limits counting what one
     * member did in the last seconds never hold back a test that writes as fast as the database takes it.
     */
    public static TestClock steppingBy(Duration step) {
        return new TestClock(step);
    }

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
        if (stopped != null) {
            return stopped;
        }
        return step == null ? Instant.now() : lastStep.updateAndGet(last -> last.plus(step));
    }
}
