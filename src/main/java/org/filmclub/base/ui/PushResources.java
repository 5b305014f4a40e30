package org.filmclub.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import java.util.Collections;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps what each open page's push connection holds small, once Vaadin has made Atmosphere and before any page
 * connects. Vaadin sets Atmosphere's own parameters itself, so nothing outside can override them earlier.
 * <ul>
 * <li>Atmosphere gives every WebSocket a byte and a char buffer of {@code org.atmosphere.websocket.bufferSize}
 * each, which it only ever clears, never reads or writes; Vaadin sets that size to 16,384, so each open page
 * carried 48 KB of empty buffers. What a page receives is written through other buffers, whatever this size.
 * <li>Every push to a page cancels that page's keep-alive timer and starts a new one on Atmosphere's scheduler.
 * A cancelled timer stayed queued until it would have fired, a minute later: in a busy room, a heap of dead
 * timers per page. The scheduler now drops a timer when it is cancelled.
 * </ul>
 */
@Component
class PushResources implements VaadinServiceInitListener {

    static final String BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";
    /** Where Atmosphere keeps the scheduler its interceptors share. */
    static final String SCHEDULER = "scheduler";

    private static final Logger log = LoggerFactory.getLogger(PushResources.class);

    private final int size;

    PushResources(@Value("${filmclub.push.websocket-buffer-size:256}") int size) {
        this.size = size;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return;
        }
        var context = service.getServlet().getServletContext();
        var found = false;
        for (var name : Collections.list(context.getAttributeNames())) {
            if (context.getAttribute(name) instanceof AtmosphereFramework atmosphere) {
                atmosphere.addInitParameter(BUFFER_SIZE, Integer.toString(size));
                if (atmosphere.getAtmosphereConfig().properties().get(SCHEDULER)
                        instanceof ScheduledThreadPoolExecutor timers) {
                    timers.setRemoveOnCancelPolicy(true);
                }
                found = true;
            }
        }
        if (!found) {
            log.debug("No push framework in the servlet context; its WebSocket buffers keep their size");
        }
    }
}
