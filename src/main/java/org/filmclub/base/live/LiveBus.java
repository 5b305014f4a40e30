package org.filmclub.base.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    /** @return call {@link Runnable#run()} on it to unsubscribe; subscribers must do so when their UI goes */
    public Runnable subscribe(String topic, Consumer<LiveEvent> subscriber) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArraySet<>()).add(subscriber);
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
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // One broken screen must not keep the event from the others.
                log.warn("A live subscriber of {} failed", event.topic(), e);
            }
        }
    }

    /** How many screens listen to a topic now; zero once every one of them has gone. */
    public int subscribers(String topic) {
        var listeners = subscribers.get(topic);
        return listeners == null ? 0 : listeners.size();
    }
}
