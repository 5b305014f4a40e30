package org.filmclub.base.ui;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.cpr.BroadcasterFuture;
import org.atmosphere.cpr.DefaultBroadcaster;
import org.atmosphere.cpr.Deliver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Atmosphere's broadcaster for the pages' push connections (named in {@code application.properties}): each page's
 * pushes leave in the order Vaadin made them, different pages' side by side.
 * <p>
 * Vaadin pushes to one page at a time, under that page's session lock, by broadcasting to that page's connection
 * alone. Atmosphere's default broadcaster prepares every push of the node in one thread, which made a message reach
 * the last of a thousand open pages 500 ms after the first; told to support out-of-order broadcasts, it prepares
 * and writes them on several threads that take pushes from shared queues, so two pushes to one page can overtake
 * each other (a few in tens of thousands, with 500 pages open). Here each page gets a lane: its pushes are
 * prepared and written one after the other, in order, on Atmosphere's write threads; pages with nothing waiting
 * hold no lane, and different pages' lanes run side by side.
 */
public class OrderedBroadcaster extends DefaultBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(OrderedBroadcaster.class);

    /** Pushes waiting per page, the one being written first; a page is here only while it has one. */
    private final ConcurrentHashMap<String, ArrayDeque<Runnable>> lanes = new ConcurrentHashMap<>();

    @Override
    public Future<Object> broadcast(Object message, AtmosphereResource page) {
        if (isDestroyed() || page.isResumed() || page.isCancelled()) {
            // Nothing to write now: Atmosphere keeps it for the page's next connection.
            return super.broadcast(message, page);
        }
        start();
        var filtered = filter(message);
        if (filtered == null) {
            return futureDone(message);
        }
        var sent = new BroadcasterFuture<Object>(filtered, 1);
        // Not async: written by the lane's own thread, before the lane's next push is taken.
        var deliver = new Deliver(Deliver.TYPE.RESOURCE, message, filtered, page, sent, null, true, null, false);
        inLane(page.uuid(), () -> {
            try {
                push(deliver);
            } catch (Throwable e) {
                // Whatever happens to one push, the lane goes on to the page's next.
                log.warn("A push to page {} failed", page.uuid(), e);
                sent.done();
            }
        });
        return sent;
    }

    /** How many pushes to this page are waiting or being written. */
    int waiting(AtmosphereResource page) {
        var count = new int[1];
        lanes.computeIfPresent(page.uuid(), (uuid, lane) -> {
            count[0] = lane.size();
            return lane;
        });
        return count[0];
    }

    private void inLane(String page, Runnable push) {
        var opened = new boolean[1];
        lanes.compute(page, (uuid, lane) -> {
            opened[0] = lane == null;
            var pushes = lane == null ? new ArrayDeque<Runnable>() : lane;
            pushes.add(push);
            return pushes;
        });
        if (opened[0]) {
            try {
                getBroadcasterConfig().getAsyncWriteService().execute(() -> drain(page, push));
            } catch (RejectedExecutionException shuttingDown) {
                drain(page, push);
            }
        }
    }

    private void drain(String page, Runnable first) {
        for (var next = first; next != null; ) {
            next.run();
            var after = new Runnable[1];
            lanes.computeIfPresent(page, (uuid, lane) -> {
                lane.poll();
                after[0] = lane.peek();
                return lane.isEmpty() ? null : lane;
            });
            next = after[0];
        }
    }
}
