package org.filmclub.screening.ui;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * One thread that wakes members' own film clocks when they reach a moment the club talked about; the work
 * itself runs in the member's UI, so this thread only hands it over.
 */
@Component
class ClockTimers {

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        var named = new Thread(task, "film-clock-timers");
        named.setDaemon(true);
        return named;
    });

    ScheduledFuture<?> after(Duration wait, Runnable task) {
        return thread.schedule(task, Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
