package org.filmclub.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import java.util.Collections;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the push connection's unused buffers small. Atmosphere gives every WebSocket a byte and a char buffer
 * of {@code org.atmosphere.websocket.bufferSize} each, which it only ever clears, never reads or writes; Vaadin
 * sets that size to 16,384, so each open page carried 48 KB of empty buffers. Vaadin sets it in the framework's
 * own parameters, which nothing outside can override before it starts, so this sets it once Vaadin has made the
 * framework and before any page connects. What a page receives is written through other buffers, whatever this size.
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    static final String BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";
    private static final Logger log = LoggerFactory.getLogger(PushBuffers.class);

    private final int size;

    PushBuffers(@Value("${filmclub.push.websocket-buffer-size:256}") int size) {
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
                found = true;
            }
        }
        if (!found) {
            log.debug("No push framework in the servlet context; its WebSocket buffers keep their size");
        }
    }
}
