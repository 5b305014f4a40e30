package org.filmclub.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.function.Consumer;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.live.LiveEvent;

/**
 * Keeps a component subscribed to a live topic exactly while it is on screen: subscribed on
 * attach, unsubscribed on detach, so a closed tab never stays in the bus. Events of the given type
 * reach the handler inside {@code ui.access}, in the order they were published.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    public static <E extends LiveEvent> void follow(Component component, LiveBus bus, String topic,
            Class<E> type, Consumer<E> handler) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            var unsubscribe = bus.subscribe(topic, event -> {
                if (type.isInstance(event)) {
                    try {
                        ui.access(() -> handler.accept(type.cast(event)));
                    } catch (UIDetachedException closing) {
                        // The tab closed after the event was handed over; its detach unsubscribes it.
                    }
                }
            });
            component.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }
}
