package org.filmclub.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.time.Clock;
import java.time.Instant;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.live.MinutePassed;

/** A time said from now ("tomorrow, 20:00 — in 26 hours") that moves on by itself, once a minute, while on screen. */
public class LiveTime extends Span {

    public LiveTime(LiveBus bus, Clock clock, SerializableFunction<Instant, String> text) {
        setText(text.apply(clock.instant()));
        LiveUpdates.follow(this, bus, MinutePassed.TOPIC, MinutePassed.class, tick -> setText(text.apply(tick.now())));
    }
}
