package org.filmclub.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.live.LiveEvent;

/**
 * What a page inside a club does with the thing it shows (the club, a film, a screening): load it for the
 * address, draw it, draw it again after an action, and hear its live topics.
 * <p>
 * Vaadin keeps the page when the member goes to another address of the same route (one film to another, a
 * screening of one club to one of another), so nothing here is tied to the first address: each load points the
 * live subscriptions at what is now shown. They are made on attach and dropped on detach, once each.
 *
 * @param <T> what the page shows, as one service call returns it
 */
public final class ClubPage<T> {

    /** A live topic the page hears, named by what it shows. */
    private final class Follow<E extends LiveEvent> {
        final Function<T, String> topic;
        final Class<E> type;
        final Consumer<E> handler;

        Follow(Function<T, String> topic, Class<E> type, Consumer<E> handler) {
            this.topic = topic;
            this.type = type;
            this.handler = handler;
        }

        Runnable subscribe(UI ui, String to) {
            return bus.subscribe(to, LiveUpdates.toUi(ui, type, handler));
        }
    }

    private final Component view;
    private final Supplier<T> load;
    private final Consumer<T> draw;
    private final Consumer<ContentNotFoundException> gone;
    private final List<Follow<?>> follows = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private final List<Runnable> unsubscribes = new ArrayList<>();
    private LiveBus bus;
    private T shown;

    /**
     * @param load the service call that reads what the page shows, for the address last entered
     * @param draw draws it
     * @param gone what to do when it went away while the page was open
     */
    public ClubPage(Component view, Supplier<T> load, Consumer<T> draw, Consumer<ContentNotFoundException> gone) {
        this.view = view;
        this.load = load;
        this.draw = draw;
        this.gone = gone;
        view.addAttachListener(attach -> subscribe());
        view.addDetachListener(detach -> unsubscribe());
    }

    /**
     * Hears events of the given type on the topic of what is shown, for as long as the page is on screen. Call
     * once, from the page's constructor.
     */
    public <E extends LiveEvent> ClubPage<T> follow(
            LiveBus bus, Function<T, String> topic, Class<E> type, Consumer<E> handler) {
        this.bus = bus;
        follows.add(new Follow<>(topic, type, handler));
        return this;
    }

    /**
     * Reads the address into the page's fields, then loads and draws what it names; an address that names nothing
     * (a missing or malformed part, something that does not exist or is not the member's) shows "not found".
     */
    public void enter(BeforeEnterEvent event, Consumer<RouteParameters> read) {
        try {
            read.accept(event.getRouteParameters());
            show(load.get());
        } catch (ContentNotFoundException | NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
        }
    }

    /** Draws the page afresh from the database. */
    public void refresh() {
        try {
            show(load.get());
        } catch (ContentNotFoundException e) {
            gone.accept(e);
        }
    }

    /** Runs one service call, shows a refusal as a message, and redraws the page from the database. */
    public void act(Runnable action) {
        try {
            action.run();
        } catch (NotPermittedException | ContentNotFoundException refused) {
            Notifications.error(refused.getMessage());
        }
        refresh();
    }

    /** As {@link #act(Runnable)}, saying {@code done} when the call went through. */
    public void act(Runnable action, String done) {
        act(() -> {
            action.run();
            Notifications.success(done);
        });
    }

    private void show(T loaded) {
        shown = loaded;
        draw.accept(loaded);
        if (!follows.isEmpty() && !topicsOf(loaded).equals(topics) && view.isAttached()) {
            unsubscribe();
            subscribe();
        }
    }

    private List<String> topicsOf(T loaded) {
        return follows.stream().map(f -> f.topic.apply(loaded)).toList();
    }

    private void subscribe() {
        if (shown == null || follows.isEmpty()) {
            return;
        }
        var ui = view.getUI().orElseThrow();
        topics.clear();
        for (var follow : follows) {
            var topic = follow.topic.apply(shown);
            topics.add(topic);
            unsubscribes.add(follow.subscribe(ui, topic));
        }
    }

    private void unsubscribe() {
        unsubscribes.forEach(Runnable::run);
        unsubscribes.clear();
        topics.clear();
    }
}
