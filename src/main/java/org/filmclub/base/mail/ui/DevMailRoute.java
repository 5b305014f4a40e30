package org.filmclub.base.mail.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.filmclub.base.mail.DevMailbox;
import org.filmclub.base.ui.MainLayout;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Adds {@code /dev/mail} only where the development SMTP server catches mail, and never with {@code
 * prod} or in Vaadin's production mode: the page shows every member's mail (password links too), so
 * anywhere else the address does not exist at all.
 */
@Component
class DevMailRoute implements VaadinServiceInitListener {

    private final ObjectProvider<DevMailbox> mailbox;
    private final Environment environment;

    DevMailRoute(ObjectProvider<DevMailbox> mailbox, Environment environment) {
        this.mailbox = mailbox;
        this.environment = environment;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        if (mailbox.getIfAvailable() == null
                || environment.acceptsProfiles(Profiles.of("prod"))
                || service.getDeploymentConfiguration().isProductionMode()) {
            return;
        }
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(service.getContext()))
                .setRoute(DevMailView.PATH, DevMailView.class, MainLayout.class);
    }
}
