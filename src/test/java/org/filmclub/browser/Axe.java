package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Checks the page in the browser with axe-core against WCAG 2.1 A and AA. axe-core comes from the
 * npm registry into {@code target/axe/} on first use; where npm is missing the check is skipped with
 * a line saying so, unless the browser tests are required (as in CI).
 */
final class Axe {

    static final String VERSION = "4.11.1";
    static final Path SCRIPT = Path.of("target", "axe", "package", "axe.min.js");
    private static String script;

    private Axe() {}

    /**
     * What one check covered: how many of axe-core's WCAG 2.1 A/AA rules ran, and how many of them applied to
     * something on the page (the rest found nothing of their kind to judge).
     */
    record Checked(int rules, int applied) {}

    /** Fails when the page has any serious or critical violation, and prints what was checked. */
    static Checked check(ChromeDriver browser, String page) {
        holdNotifications(browser);
        try {
            return run(browser, page);
        } finally {
            releaseNotifications(browser);
        }
    }

    private static Checked run(ChromeDriver browser, String page) {
        settle(browser);
        browser.executeScript(script());
        @SuppressWarnings("unchecked")
        var result = (Map<String, Object>)
                browser.executeAsyncScript(
                        """
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done({
                    rules: new Set([...r.passes, ...r.violations, ...r.incomplete, ...r.inapplicable].map(x => x.id)).size,
                    applied: new Set([...r.passes, ...r.violations, ...r.incomplete].map(x => x.id)).size,
                    serious: r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ') + ' ['
                        + [...n.any, ...n.all, ...n.none].map(c => c.message).join('; ') + '] ' + n.html.slice(0, 200)).join(', '))
                  }))
                  .catch(e => done({rules: 0, applied: 0, serious: ['axe failed: ' + e]}));""");
        @SuppressWarnings("unchecked")
        var serious = (List<String>) result.get("serious");
        assertThat(serious)
                .as("serious or critical accessibility problems on %s", page)
                .isEmpty();
        var checked =
                new Checked(((Number) result.get("rules")).intValue(), ((Number) result.get("applied")).intValue());
        System.out.printf(
                "axe-core %s: %d WCAG 2.1 A/AA rules run on %s, %d of them applied, none serious or critical%n",
                VERSION, checked.rules(), page, checked.applied());
        return checked;
    }

    /**
     * Keeps every open notification open until {@link #releaseNotifications}, so that none starts fading out while
     * its colours are judged: a notification that closes on its own would otherwise be measured halfway through.
     */
    private static void holdNotifications(ChromeDriver browser) {
        browser.executeScript(
                """
                document.querySelectorAll('vaadin-notification').forEach(n => {
                  if (n.opened && n.duration > 0) { n.heldDuration = n.duration; n.duration = 0; }
                });""");
    }

    /** Lets held notifications close on their own again, each after its full time. */
    private static void releaseNotifications(ChromeDriver browser) {
        browser.executeScript(
                """
                document.querySelectorAll('vaadin-notification').forEach(n => {
                  if (n.heldDuration) { n.duration = n.heldDuration; delete n.heldDuration; }
                });""");
    }

    /**
     * Waits until nothing on the page is fading, sliding or changing colour: every finite animation and transition,
     * in the page and inside every component's shadow root (where Lumo's are), has finished, and a frame has been
     * drawn since without a new one starting. Colours are then judged as members read them, not halfway through a
     * change of look or an overlay opening. Endless animations (a spinner) are left alone.
     */
    private static void settle(ChromeDriver browser) {
        browser.executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                const roots = () => {
                  const all = [document];
                  for (let i = 0; i < all.length; i++) {
                    all[i].querySelectorAll('*').forEach(el => { if (el.shadowRoot) all.push(el.shadowRoot); });
                  }
                  return all;
                };
                const moving = () => [...new Set(roots().flatMap(root => root.getAnimations()))]
                  .filter(a => a.playState === 'running'
                    && Number.isFinite(a.effect?.getComputedTiming().endTime));
                const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                (async () => {
                  for (let now = (await frame(), moving()); now.length; now = (await frame(), moving())) {
                    await Promise.allSettled(now.map(a => a.finished));
                  }
                })().then(() => done(), () => done());""");
    }

    private static synchronized String script() {
        if (script == null) {
            try {
                if (!Files.exists(SCRIPT)) {
                    fetch();
                }
                script = Files.readString(SCRIPT);
            } catch (IOException | InterruptedException e) {
                var message =
                        "The accessibility check needs axe-core from the npm registry (npm install): " + e.getMessage();
                if (Boolean.getBoolean("browser.required")) {
                    fail(message);
                }
                Assumptions.abort(message);
            }
        }
        return script;
    }

    private static void fetch() throws IOException, InterruptedException {
        var dir = SCRIPT.getParent().getParent();
        Files.createDirectories(dir);
        run(dir, "npm", "pack", "axe-core@" + VERSION, "--silent");
        run(dir, "tar", "xzf", "axe-core-" + VERSION + ".tgz");
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
