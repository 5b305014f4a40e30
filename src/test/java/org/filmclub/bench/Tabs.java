package org.filmclub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Members' tabs on one page, as the benchmarks with a room of members open them: each member logs in, in a tab
 * ({@link LoadClient}) of their own, and opens the page, side by side on the benchmark's workers.
 */
final class Tabs {

    /** Long enough for a thousand members to log in and open a page on two busy cores. */
    private static final long OPENING_MINUTES = 30;

    private Tabs() {}

    /**
     * Opens the page for each member; returns the tabs in the members' order, or fails with the first tab that
     * could not open it.
     *
     * @param shown a text the page shows once open, which each tab waits for in the answer that drew the page;
     *     null for none
     */
    static List<LoadClient> open(
            ExecutorService workers, int port, List<String> members, String password, String page, String shown)
            throws Exception {
        var opening = members.stream()
                .map(member -> (Callable<LoadClient>) () -> {
                    var tab = new LoadClient(port);
                    tab.logIn(member, password);
                    var seen = shown == null ? null : tab.expect(shown);
                    tab.open(page);
                    if (seen != null) {
                        seen.get(10, TimeUnit.SECONDS);
                    }
                    return tab;
                })
                .toList();
        var tabs = new ArrayList<LoadClient>();
        for (var opened : workers.invokeAll(opening, OPENING_MINUTES, TimeUnit.MINUTES)) {
            tabs.add(opened.get());
        }
        return tabs;
    }

    /**
     * Tells the server each tab is still there, for runs that outlast its heartbeat interval (300 s): a tab that
     * misses three is closed by the server.
     */
    static void heartbeat(List<LoadClient> tabs) {
        for (var tab : List.copyOf(tabs)) {
            try {
                tab.heartbeat();
            } catch (Exception e) {
                // the next one may get through; a tab the server closed shows as arrivals missing
            }
        }
    }
}
