package org.filmclub.base.live;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers live events to the screens subscribed to their topic, in this process. Services publish
 * events as Spring application events inside their transaction; they reach the bus only after the
 * commit, so a rolled-back write is never shown. A subscriber must be quick and never block: the
 * usual one hands the event to its UI with {@code ui.access}, which only queues work.
 */
@Component
public class LiveBus {

    private static final Logger log = LoggerFactory.getLogger(LiveBus.class);

    private final Map<String, Set<Consumer<LiveEvent>>> subscribers = new ConcurrentHashMap<>();
    /**
     * Delivery runs on a few lanes of its own, never on the thread that published: the member who
     * posted gets their answer at once however many screens are open. Each subscriber always uses the
     * same lane, so it receives events in the order they were published.
     */
    private final ExecutorService[] lanes;

    LiveBus(@Value("${filmclub.live.lanes:4}") int laneCount) {
        lanes = new ExecutorService[laneCount];
        for (var i = 0; i < laneCount; i++) {
            var name = "live-lane-" + i;
            lanes[i] = Executors.newSingleThreadExecutor(task -> {
                var thread = new Thread(task, name);
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    @PreDestroy
    void stop() {
        for (var lane : lanes) {
            lane.shutdownNow();
        }
    }

    /** Waits until every event handed to the lanes so far has reached its subscribers; for tests and shutdown. */
    public void awaitDelivered() {
        for (var lane : lanes) {
            try {
                lane.submit(() -> {}).get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Live events did not arrive within 10 s", e);
            }
        }
    }

    /** @return call {@link Runnable#run()} on it to unsubscribe; subscribers must do so when their UI goes */
    public Runnable subscribe(String topic, Consumer<LiveEvent> subscriber) {
        // Added inside compute, so an unsubscribe emptying the topic at the same moment cannot drop it.
        subscribers.compute(topic, (t, set) -> {
            var listeners = set == null ? new CopyOnWriteArraySet<Consumer<LiveEvent>>() : set;
            listeners.add(subscriber);
            return listeners;
        });
        return () -> subscribers.computeIfPresent(topic, (t, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /** Runs after the publishing transaction commits, or at once when there is none. */
    @TransactionalEventListener(fallbackExecution = true)
    public void publish(LiveEvent event) {
        deliver(event);
    }

    /** Hands an event to this process's subscribers: one published here, or one relayed from another node. */
    public void deliver(LiveEvent event) {
        var listeners = subscribers.get(event.topic());
        if (listeners == null) {
            return;
        }
        for (var listener : listeners) {
            if (lanes.length == 0) {
                handOver(listener, event);
            } else {
                lanes[Math.floorMod(System.identityHashCode(listener), lanes.length)].execute(
                        () -> handOver(listener, event));
            }
        }
    }

    private static void handOver(Consumer<LiveEvent> listener, LiveEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            // One broken screen must not keep the event from the others.
            log.warn("A live subscriber of {} failed", event.topic(), e);
        }
    }

    /** How many screens listen to a topic now; zero once every one of them has gone. */
    public int subscribers(String topic) {
        var listeners = subscribers.get(topic);
        return listeners == null ? 0 : listeners.size();
    }
}
