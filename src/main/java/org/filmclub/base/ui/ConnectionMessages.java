package org.filmclub.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What the page says while it has lost the server, in place of Vaadin's "Connection lost": whatever others post
 * meanwhile is fetched when the page is back. The theme shows it as a readable banner (styles.css, "Offline").
 */
@Component
class ConnectionMessages implements VaadinServiceInitListener {

    static final String OFFLINE = "You are offline; messages will arrive when you are back";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var connection = init.getUI().getReconnectDialogConfiguration();
            // Vaadin's connection indicator shows the first while it tries again, the second once it stops.
            connection.setDialogText(OFFLINE);
            connection.setDialogTextGaveUp(OFFLINE);
        });
    }
}
