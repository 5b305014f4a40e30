package org.filmclub.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.atmosphere.cache.UUIDBroadcasterCache;
import org.atmosphere.container.BlockingIOCometSupport;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.cpr.AtmosphereHandler;
import org.atmosphere.cpr.AtmosphereRequestImpl;
import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.cpr.AtmosphereResourceEvent;
import org.atmosphere.cpr.AtmosphereResourceImpl;
import org.atmosphere.cpr.AtmosphereResponseImpl;
import org.atmosphere.cpr.Broadcaster;
import org.atmosphere.cpr.BroadcasterListenerAdapter;
import org.atmosphere.cpr.Deliver;
import org.junit.jupiter.api.Test;

/**
 * A page's pushes reach it in the order Vaadin made them. The broadcaster comes from an Atmosphere set up with the
 * context parameters of {@code application.properties}, as the pages' own does, and the first push is held while
 * it is prepared until the second has either been written (it overtook) or is seen waiting behind it: no timing
 * decides the outcome.
 */
class PushOrderTest {

    private static final String CONTEXT_PARAMETER = "server.servlet.context-parameters[";

    private static final int PUSHES = 20;

    @Test
    void a_page_gets_its_pushes_in_the_order_they_were_made_even_when_the_first_is_slow_to_prepare() throws Exception {
        var atmosphere = atmosphereAsConfigured();
        var config = atmosphere.getAtmosphereConfig();
        Broadcaster broadcaster = config.getBroadcasterFactory().get("push-order");
        var written = new CopyOnWriteArrayList<Object>();
        var page = new AtmosphereResourceImpl(
                config,
                broadcaster,
                AtmosphereRequestImpl.newInstance(),
                AtmosphereResponseImpl.newInstance(),
                new BlockingIOCometSupport(config),
                recordingInto(written));
        var stuck = new CopyOnWriteArrayList<String>();
        try {
            broadcaster.addAtmosphereResource(page);
            broadcaster.addBroadcasterListener(new BroadcasterListenerAdapter() {
                /** Prepares the first push slowly: until the second was written, or is seen waiting behind it. */
                @Override
                public void onMessage(Broadcaster from, Deliver push) {
                    if ("push 0".equals(push.getMessage())) {
                        waitFor(
                                () -> written.contains("push 1")
                                        || broadcaster instanceof OrderedBroadcaster ordered
                                                && ordered.waiting(page) >= 2,
                                stuck);
                    }
                }
            });

            var sent = new ArrayList<Future<Object>>();
            for (var i = 0; i < PUSHES; i++) {
                sent.add(broadcaster.broadcast("push " + i, page));
            }
            for (var push : sent) {
                push.get(2, TimeUnit.MINUTES);
            }
        } finally {
            broadcaster.destroy();
            atmosphere.destroy();
        }

        assertThat(stuck).as("the first push waited for neither").isEmpty();
        var expected = new ArrayList<Object>();
        for (var i = 0; i < PUSHES; i++) {
            expected.add("push " + i);
        }
        assertThat(written).containsExactlyElementsOf(expected);
    }

    /** Atmosphere with the app's context parameters and the broadcaster cache Vaadin gives it. */
    private static AtmosphereFramework atmosphereAsConfigured() throws IOException {
        var properties = new Properties();
        try (var in = PushOrderTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        var atmosphere = new AtmosphereFramework();
        for (var name : properties.stringPropertyNames()) {
            if (name.startsWith(CONTEXT_PARAMETER) && name.endsWith("]")) {
                atmosphere.addInitParameter(
                        name.substring(CONTEXT_PARAMETER.length(), name.length() - 1), properties.getProperty(name));
            }
        }
        atmosphere.addInitParameter(ApplicationConfig.BROADCASTER_CACHE, UUIDBroadcasterCache.class.getName());
        atmosphere.setAsyncSupport(new BlockingIOCometSupport(atmosphere.getAtmosphereConfig()));
        return atmosphere.init();
    }

    /** A page's connection as the broadcaster sees it: what is written to it, in order. */
    private static AtmosphereHandler recordingInto(List<Object> written) {
        return new AtmosphereHandler() {
            @Override
            public void onRequest(AtmosphereResource resource) {}

            @Override
            public void onStateChange(AtmosphereResourceEvent event) {
                written.add(event.getMessage());
            }

            @Override
            public void destroy() {}
        };
    }

    /** Waits until the condition holds; a minute without it is noted as stuck (something else is broken). */
    private static void waitFor(BooleanSupplier condition, List<String> stuck) {
        var end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                stuck.add("push 0");
                return;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }
}
