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

    private LiveUpdates() {}

    public static <E extends LiveEvent> void follow(
            Component component, LiveBus bus, String topic, Class<E> type, Consumer<E> handler) {
        component.addAttachListener(attach -> {
            var unsubscribe = bus.subscribe(topic, toUi(attach.getUI(), type, handler));
            component.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }

    /**
     * A bus subscriber that hands events of the given type to the handler inside {@code ui.access}; for
     * screens that manage their subscriptions themselves. The caller still unsubscribes on detach.
     */
    public static <E extends LiveEvent> Consumer<LiveEvent> toUi(UI ui, Class<E> type, Consumer<E> handler) {
        return event -> {
            if (type.isInstance(event)) {
                try {
                    ui.access(() -> handler.accept(type.cast(event)));
                } catch (UIDetachedException closing) {
                    // The tab closed after the event was handed over; its detach unsubscribes it.
                }
            }
        };
    }
}
