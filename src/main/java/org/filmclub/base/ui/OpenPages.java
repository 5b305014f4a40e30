package org.filmclub.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * Caps the pages one session keeps open on the server. Every tab, and every reload, is a page the server holds
 * with its components and live subscriptions until the browser says it went or stops sending heartbeats, which
 * takes minutes; a script opening pages in a loop would otherwise hold as many as it likes. Past {@link #MAX},
 * the page heard from least recently is closed, with a message in case its tab is still there.
 */
@Component
class OpenPages implements VaadinServiceInitListener {

    static final int MAX = 20;
    static final String CLOSED = "This page was closed because more than " + MAX
            + " Filmclub pages were open at once. Reload it to use it again.";
    private static final String CLOSING = OpenPages.class.getName() + ".closing";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> opened(init.getUI()));
    }

    /** Runs with the session locked, the new page already counted among the session's pages. */
    static void opened(UI page) {
        var open = page.getSession().getUIs().stream()
                .filter(ui -> !ui.isClosing() && ComponentUtil.getData(ui, CLOSING) == null)
                .toList();
        open.stream()
                .filter(ui -> ui != page)
                .sorted(Comparator.comparingLong((UI ui) -> ui.getInternals().getLastHeartbeatTimestamp())
                        .thenComparingInt(UI::getUIId))
                .limit(Math.max(0, open.size() - MAX))
                .forEach(OpenPages::close);
    }

    private static void close(UI ui) {
        // Counted as closed at once; closed once the message is on its way, when this request lets go of the session.
        ComponentUtil.setData(ui, CLOSING, Boolean.TRUE);
        ui.access(() -> {
            Notifications.error(CLOSED);
            if (ui.getPushConfiguration().getPushMode().isEnabled()
                    && ui.getInternals().getPushConnection() != null) {
                ui.push();
            }
            ui.close();
        });
    }
}
