package org.filmclub.screening.ui;

/**
 * The browser's half of the film clock, run with {@code executeJs} on the clock's text. The browser keeps the
 * last anchor and redraws the time ten times a second from it, asking the server nothing:
 * <pre>position = anchor position + (Date.now() + offset − anchor instant), while playing</pre>
 * {@code offset} is how far the server's clock is ahead of this browser's. Each anchor brings the server's time
 * as it was sent, which gives a first offset (late by the push's travel time); {@link #SYNC} then asks the
 * server its time five times and keeps the answer that came back quickest, taking the server's time as of
 * half-way through that round trip.
 */
final class FilmClockScript {

    private FilmClockScript() {}

    /** Shared by the scripts below: the clock's state on the element, made on first use. */
    private static final String STATE =
            """
            const el = this;
            const c = el.__filmClock || (el.__filmClock = {offset: 0, rtt: Infinity, delay: 0, version: -1});
            """;

    /** $0 position ms, $1 anchor instant ms, $2 playing, $3 runtime ms or −1, $4 version, $5 the server's time now. */
    static final String ANCHOR = STATE
            + """
            if ($4 < c.version) return;
            Object.assign(c, {pos: $0, at: $1, playing: $2, runtime: $3, version: $4});
            if (c.rtt === Infinity) c.offset = $5 - Date.now();
            const two = n => String(n).padStart(2, '0');
            const format = ms => {
              const t = Math.floor(Math.max(0, ms) / 1000), h = Math.floor(t / 3600), m = Math.floor(t / 60) % 60;
              return h + ':' + two(m) + ':' + two(t % 60);
            };
            c.position = () => {
              let p = c.pos + (c.playing ? Date.now() + c.offset - c.at : 0);
              if (c.runtime >= 0) p = Math.min(p, c.runtime);
              return Math.max(0, p);
            };
            c.tick = () => {
              if (!el.isConnected) { clearInterval(c.timer); c.timer = null; return; }
              const p = c.position();
              el.dataset.positionMs = Math.round(p);
              el.dataset.playing = c.playing;
              const shown = format(p - c.delay * 1000);
              const text = c.playing ? shown : 'Paused at ' + shown;
              if (el.textContent !== text) el.textContent = text;
            };
            if (!c.timer) c.timer = setInterval(c.tick, 100);
            c.tick();
            """;

    /** Run on the panel with the clock's text as $0: measures the offset by round trips to the server. */
    static final String SYNC =
            """
            const panel = this, el = $0;
            const c = el.__filmClock || (el.__filmClock = {offset: 0, rtt: Infinity, delay: 0, version: -1});
            c.rtt = Infinity;
            const ask = left => {
              const sent = Date.now();
              panel.$server.serverTime().then(server => {
                const back = Date.now(), rtt = back - sent;
                if (rtt <= c.rtt) { c.rtt = rtt; c.offset = server + rtt / 2 - back; }
                if (c.tick) c.tick();
                el.dataset.offsetRtt = c.rtt;
                if (left > 1) ask(left - 1);
              });
            };
            ask(5);
            """;

    /** $0 the member's own delay in seconds; kept in this browser only. */
    static final String DELAY = STATE
            + """
            c.delay = $0;
            try { localStorage.setItem('filmclub.filmClock.delay', String($0)); } catch (e) {}
            if (c.tick) c.tick();
            """;

    /** The delay this browser kept from before, if any; applied at once and returned for the field to show. */
    static final String DELAY_STORED = STATE
            + """
            let kept = 0;
            try { kept = parseInt(localStorage.getItem('filmclub.filmClock.delay') || '0', 10) || 0; } catch (e) {}
            c.delay = kept;
            if (c.tick) c.tick();
            return kept;
            """;

    /**
     * Run on the panel: keys for the host anywhere in the room's page while it shows, except while typing in a
     * field, and Space except on something Space presses (a button). The listener goes once the panel is gone.
     */
    static final String KEYS =
            """
            const panel = this;
            if (panel.__keys) document.removeEventListener('keydown', panel.__keys);
            panel.__keys = e => {
              if (!panel.isConnected) { document.removeEventListener('keydown', panel.__keys); return; }
              if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || e.defaultPrevented) return;
              const target = e.composedPath()[0];
              const inside = selector => target && target.closest && target.closest(selector);
              if (inside('input, textarea, select, [contenteditable], vaadin-text-field, vaadin-text-area')) return;
              const key = e.key === ' ' ? 'k' : (e.key || '').toLowerCase();
              if (!['j', 'k', 'l'].includes(key)) return;
              if (e.key === ' ' && inside('a, button, summary, [role=button], [role=checkbox], [role=radio], '
                  + 'vaadin-button, vaadin-checkbox, vaadin-radio-button')) return;
              e.preventDefault();
              panel.$server.clockKey(key);
            };
            document.addEventListener('keydown', panel.__keys);
            """;
}
