package org.filmclub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.filmclub.AbstractAppTest;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.film.EssayService;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.poll.NominationInput;
import org.filmclub.poll.NominationService;
import org.filmclub.poll.PollInput;
import org.filmclub.poll.PollService;
import org.filmclub.rating.RatingInput;
import org.filmclub.rating.RatingService;
import org.filmclub.screening.ScreeningInput;
import org.filmclub.screening.ScreeningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every main view, on a phone-sized (390×844) and a laptop-sized (1280×900) screen, in the light and the dark look:
 * nothing scrolls sideways, axe finds no serious or critical problem, and no two visible controls (buttons, fields,
 * links) lie on top of each other. Each view is reached by a member of its own, with data of its own, logged in afresh;
 * one browser serves all views, its screen set to each size in turn.
 */
class EveryViewBrowserTest extends AbstractAppTest {

    static final String OFFLINE = "You are offline; messages will arrive when you are back";

    /** A phone's screen and a laptop's. */
    private static final int[][] SIZES = {{390, 844}, {1280, 900}};

    private static MemberBrowser shared;

    /**
     * In a script: the visible controls a member can press or type into, and each pair of them whose boxes overlap
     * by more than a hairline. Controls inside another (a field's own input) are one control; what is hidden, inert,
     * off screen or in a closed overlay is not on screen to press.
     */
    private static final String OVERLAPS =
            """
            const SELECTOR = 'vaadin-button, vaadin-text-field, vaadin-text-area, vaadin-password-field,'
              + ' vaadin-email-field, vaadin-integer-field, vaadin-number-field, vaadin-select, vaadin-combo-box,'
              + ' vaadin-date-picker, vaadin-time-picker, vaadin-date-time-picker, vaadin-checkbox, vaadin-radio-button,'
              + ' vaadin-menu-bar, vaadin-side-nav-item, vaadin-drawer-toggle, vaadin-details-summary, vaadin-tab,'
              + ' vaadin-upload, a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]';
            const onScreen = el => {
              if (el.closest('[inert], [aria-hidden=true], [hidden]')) return false;
              if (!el.checkVisibility({visibilityProperty: true, opacityProperty: true})) return false;
              const r = el.getBoundingClientRect();
              return r.width > 2 && r.height > 2 && r.right > 0 && r.left < innerWidth;
            };
            const label = el => el.tagName.toLowerCase() + ' «' + (el.getAttribute('aria-label') || el.label
              || el.placeholder || el.textContent || el.getAttribute('href') || '').trim().replace(/\\s+/g, ' ').slice(0, 50) + '»';
            const controls = [...document.querySelectorAll(SELECTOR)].filter(onScreen);
            const found = [];
            for (let i = 0; i < controls.length; i++) {
              for (let j = i + 1; j < controls.length; j++) {
                const a = controls[i], b = controls[j];
                if (a.contains(b) || b.contains(a)) continue;
                const p = a.getBoundingClientRect(), q = b.getBoundingClientRect();
                const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
                const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
                if (w > 2 && h > 2) found.push(label(a) + ' × ' + label(b) + ' (' + Math.round(w) + '×' + Math.round(h) + ')');
              }
            }
            return {count: controls.length, overlaps: found};""";

    @AfterAll
    static void closeBrowser() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    @Test
    void the_login_page() {
        var screen = browser();
        screen.driver.manage().deleteAllCookies();
        for (var size : SIZES) {
            screen.viewport(size[0], size[1]);
            screen.open("/login");
            screen.sees("Create an account");
            check(screen, "the login page");
        }
    }

    @Test
    void the_club_list() {
        var eva = newMember("Eva Lindqvist");
        newClub(eva);
        visit(eva, "/clubs", "My clubs", "the club list");
    }

    @Test
    void a_club_home_with_films_and_the_film_search_wide_enough_for_its_hint() {
        var host = newMember("Hugo Almeida");
        var slug = newClub(host, newMember("Iris Tan"));
        loginAs(host);
        var films = context.getBean(FilmService.class);
        films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""));
        films.add(slug, new FilmDetails("The Umbrellas of Cherbourg", 1964, "Jacques Demy", 91, "", ""));
        var screen = browser();
        screen.driver.manage().deleteAllCookies();
        screen.logIn(host.username(), PASSWORD);
        for (var size : SIZES) {
            screen.viewport(size[0], size[1]);
            screen.open("/clubs/" + slug);
            screen.sees("The Umbrellas of Cherbourg");
            check(screen, "the club home");
            @SuppressWarnings("unchecked")
            var search = (Map<String, Object>)
                    screen.script(
                            """
                    const field = document.querySelector('vaadin-text-field.film-search');
                    const input = field.querySelector('input');
                    const style = getComputedStyle(input);
                    const ctx = document.createElement('canvas').getContext('2d');
                    ctx.font = style.font;
                    return {field: field.getBoundingClientRect().width, input: input.clientWidth,
                      hint: Math.ceil(ctx.measureText(input.placeholder).width),
                      card: field.parentElement.clientWidth};""");
            assertThat(((Number) search.get("input")).doubleValue())
                    .as("room in the film search for its hint at %s px, %s", width(screen), search)
                    .isGreaterThanOrEqualTo(((Number) search.get("hint")).doubleValue());
        }
    }

    @Test
    void a_film_page_with_an_essay_a_discussion_and_ratings() {
        var host = newMember("Jonas Berg");
        var kim = newMember("Kim Sato");
        var slug = newClub(host, kim);
        loginAs(host);
        var filmId = context.getBean(FilmService.class)
                .add(slug, new FilmDetails("Stalker", 1979, "Andrei Tarkovsky", 162, "Into the Zone.", ""))
                .id();
        var essays = context.getBean(EssayService.class);
        var essay = essays.start(slug, filmId);
        essays.publish(slug, essay, "## The room\n\nNobody *enters* it, and that is the point.", 0);
        var discussion = context.getBean(DiscussionService.class);
        discussion.post(
                slug, filmId, "Is the Zone real?", null, UUID.randomUUID().toString());
        loginAs(kim);
        discussion.post(
                slug, filmId, "As real as the room.", null, UUID.randomUUID().toString());
        context.getBean(RatingService.class)
                .rate(slug, filmId, RatingInput.ofHalves(9, "Slow and sure.", LocalDate.of(2026, 11, 1)));
        // The essay shows at both sizes; on a phone the discussion waits behind its tab.
        visit(host, "/clubs/" + slug + "/films/" + filmId, "Nobody enters it", "the film page");
    }

    @Test
    void a_screening_page_before_the_evening() {
        var host = newMember("Lena Vogel");
        var slug = newClub(host, newMember("Milo Park"));
        var screeningId = screening(host, slug, "Playtime");
        visit(host, "/clubs/" + slug + "/screenings/" + screeningId, "Who is coming", "the screening page");
    }

    @Test
    void the_live_room_of_a_screening_that_started() {
        var host = newMember("Nadia Costa");
        var slug = newClub(host, newMember("Omar Haddad"));
        var screeningId = screening(host, slug, "Chungking Express");
        loginAs(host);
        context.getBean(ScreeningService.class).start(slug, screeningId);
        visit(host, "/clubs/" + slug + "/screenings/" + screeningId, "In the room", "the live room");
    }

    @Test
    void the_club_settings_of_a_host() {
        var host = newMember("Wanda Lopes");
        var slug = newClub(host, newMember("Xavier Dunn"));
        visit(host, "/clubs/" + slug + "/settings", "Xavier Dunn", "the club settings");
    }

    @Test
    void the_profile() {
        var pia = newMember("Pia Keller");
        visit(pia, "/profile", "Your profile", "the profile");
    }

    @Test
    void a_poll_on_what_to_watch_next() {
        var host = newMember("Quinn Adler");
        var slug = newClub(host, newMember("Rui Santos"));
        loginAs(host);
        var nominations = context.getBean(NominationService.class);
        var first = nominations.nominate(
                slug, new NominationInput("Paris, Texas", 1984, "Wim Wenders", 145, "A long walk."), true);
        var second = nominations.nominate(
                slug, new NominationInput("Yi Yi", 2000, "Edward Yang", 173, "A family in Taipei."), true);
        var closes = LocalDateTime.now(clock)
                .plusDays(5)
                .withHour(20)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        var pollId = context.getBean(PollService.class)
                .open(slug, new PollInput("", List.of(first, second), closes, ZoneId.of("Europe/Lisbon"), false));
        visit(host, "/clubs/" + slug + "/polls/" + pollId, "Paris, Texas", "a poll");
    }

    @Test
    void the_clubs_taste() {
        var host = newMember("Sara Moreau");
        var tom = newMember("Tom Weber");
        var slug = newClub(host, tom);
        loginAs(host);
        var films = context.getBean(FilmService.class);
        var ratings = context.getBean(RatingService.class);
        var ids = List.of(
                films.add(slug, new FilmDetails("Amélie", 2001, "Jean-Pierre Jeunet", 122, "", ""))
                        .id(),
                films.add(slug, new FilmDetails("Tampopo", 1985, "Juzo Itami", 114, "", ""))
                        .id());
        for (var who : List.of(host, tom)) {
            loginAs(who);
            for (var i = 0; i < ids.size(); i++) {
                ratings.rate(
                        slug,
                        ids.get(i),
                        RatingInput.ofHalves(4 + (int) ((who.id() + i) % 6), "", LocalDate.of(2026, 10, 3)));
            }
        }
        visit(host, "/clubs/" + slug + "/taste", "Who agrees with whom", "the club's taste");
    }

    @Test
    void the_not_found_page() {
        var uma = newMember("Uma Reyes");
        visit(uma, "/clubs/no-such-club-at-all", "Nothing here", "the not-found page");
    }

    @Test
    void offline_the_page_says_so_in_words_in_both_looks_and_clears_when_back() {
        var vera = newMember("Vera Novak");
        var slug = newClub(vera);
        try (var laptop = MemberBrowser.laptopOnACable(port)) {
            laptop.logIn(vera.username(), PASSWORD);
            laptop.open("/clubs/" + slug);
            laptop.sees("Films");
            laptop.online(false);
            var banner = By.cssSelector("vaadin-connection-indicator .v-status-message");
            laptop.wait.until(
                    d -> OFFLINE.equals(d.findElement(banner).getText().strip()));
            laptop.wait.until(d -> d.findElement(banner).getSize().getHeight() >= 24);
            laptop.screenshot("offline-banner");
            Axe.check(laptop.driver, "the offline banner");
            dark(laptop, !dark(laptop));
            Axe.check(laptop.driver, "the offline banner in the other look");
            laptop.screenshot("offline-banner-other-look");
            laptop.online(true);
            laptop.wait.until(ExpectedConditions.not(
                    ExpectedConditions.textToBePresentInElementLocated(banner, "You are offline")));
        }
    }

    /** The member logs in and opens the page at each size; it shows what it should and passes the checks. */
    private MemberBrowser visit(MemberProfile who, String path, String shows, String view) {
        var screen = browser();
        screen.driver.manage().deleteAllCookies();
        screen.logIn(who.username(), PASSWORD);
        for (var size : SIZES) {
            screen.viewport(size[0], size[1]);
            screen.open(path);
            screen.sees(shows);
            check(screen, view);
        }
        return screen;
    }

    /**
     * One browser for all views, the page loaded afresh at each size, so each size is drawn as a browser of that
     * size would draw it from the start.
     */
    private MemberBrowser browser() {
        if (shared == null) {
            shared = MemberBrowser.laptop(port, SIZES[0][0], SIZES[0][1]);
        }
        return shared;
    }

    /** In the look the member has, then in the other: axe, no sideways scrolling, no controls on top of each other. */
    private static void check(MemberBrowser screen, String view) {
        screen.wait.until(d -> !d.getTitle().isBlank());
        var startedDark = dark(screen);
        try {
            for (var look : new boolean[] {startedDark, !startedDark}) {
                dark(screen, look);
                var where = view + " at " + width(screen) + " px in the " + (look ? "dark" : "light") + " look";
                Axe.check(screen.driver, where);
                screen.noSidewaysScroll(where);
                @SuppressWarnings("unchecked")
                var found = (Map<String, Object>) screen.script(OVERLAPS);
                assertThat(((Number) found.get("count")).intValue())
                        .as("controls found on %s", where)
                        .isPositive();
                assertThat((List<String>) found.get("overlaps"))
                        .as("controls on top of each other on %s, of %s", where, found.get("count"))
                        .isEmpty();
            }
        } finally {
            dark(screen, startedDark);
        }
        System.out.printf(
                "Layout: %s at %d px, in both looks: no sideways scroll, no overlapping controls%n",
                view, width(screen));
        screen.screenshot(view.replaceAll("[^a-z]+", "-") + "-" + width(screen));
    }

    private static long width(MemberBrowser screen) {
        return ((Number) screen.script("return innerWidth")).longValue();
    }

    private static boolean dark(MemberBrowser screen) {
        return "dark".equals(screen.script("return document.documentElement.getAttribute('theme')"));
    }

    private static void dark(MemberBrowser screen, boolean dark) {
        screen.script(
                "const root = document.documentElement;"
                        + "if (arguments[0]) root.setAttribute('theme', 'dark'); else root.removeAttribute('theme');",
                dark);
    }

    private long screening(MemberProfile host, String slug, String title) {
        loginAs(host);
        var filmId = context.getBean(FilmService.class)
                .add(slug, new FilmDetails(title, 1967, "Jacques Tati", 124, "", ""))
                .id();
        var start = LocalDateTime.now(clock)
                .plusDays(3)
                .withHour(20)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        return context.getBean(ScreeningService.class)
                .schedule(
                        slug,
                        new ScreeningInput(
                                filmId, start, ZoneId.of("Europe/Lisbon"), 130, "Cinema Ideal", "", null, ""));
    }
}
