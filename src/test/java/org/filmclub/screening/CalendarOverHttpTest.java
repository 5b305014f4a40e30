package org.filmclub.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.filmclub.AbstractAppTest;
import org.filmclub.base.LinkTokens;
import org.filmclub.film.FilmDetails;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Calendar files through the running app's real filter chain: a member's download and the secret feed. */
class CalendarOverHttpTest extends AbstractAppTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    private ScreeningService screenings;

    @Autowired
    private FilmService films;

    @Autowired
    private CalendarFeedService feeds;

    @Autowired
    private JdbcClient jdbc;

    private MemberProfile host;
    private MemberProfile member;
    private String slug;
    private long screeningId;

    @BeforeEach
    void aClubWithAScreening() {
        host = newMember("Hal Host");
        member = newMember("Mia Member");
        slug = newClub(host, member);
        loginAs(host);
        var filmId = films.add(slug, new FilmDetails("Her", 2013, "Spike Jonze", 126, "", ""))
                .id();
        var nextYear = LocalDateTime.now(clock)
                .plusYears(1)
                .withHour(20)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        screeningId = screenings.schedule(
                slug,
                new ScreeningInput(filmId, nextYear, ZoneId.of("Europe/Lisbon"), 160, "Cinema Ideal", "", null, ""));
    }

    @Test
    void a_member_downloads_a_screening_as_a_calendar_file() throws Exception {
        var browser = loggedIn(member);

        var response = get(browser, "/calendar/screening/" + screeningId + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/calendar").containsIgnoringCase("charset=utf-8"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"screening-" + screeningId + ".ics\"");
        assertThat(response.body())
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("UID:screening-" + screeningId + "@filmclub")
                .contains("SUMMARY:Screening: Her");
    }

    @Test
    void a_member_of_another_club_does_not_find_the_screening() throws Exception {
        var stranger = newMember("Sol Stranger");
        newClub(stranger);

        assertThat(get(loggedIn(stranger), "/calendar/screening/" + screeningId + ".ics")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void without_a_login_the_screening_download_is_not_served() throws Exception {
        var response = get(newBrowser(), "/calendar/screening/" + screeningId + ".ics");

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(response.body()).doesNotContain("BEGIN:VCALENDAR");
    }

    @Test
    void the_secret_feed_works_without_a_login_and_starts_no_session() throws Exception {
        var token = tokenOf(member);

        var response = get(newBrowser(), feed(token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow().split(",\\s*"))
                .containsExactlyInAnyOrder("private", "max-age=300");
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("calendar apps poll; no session per poll")
                .isEmpty();
        assertThat(response.body()).contains("UID:screening-" + screeningId + "@filmclub");
    }

    @Test
    void a_new_secret_address_retires_the_old_one() throws Exception {
        var old = tokenOf(member);
        loginAs(member);
        var replacement = feeds.resetFeedToken(slug);

        assertThat(get(newBrowser(), feed(old)).statusCode()).isEqualTo(404);
        assertThat(get(newBrowser(), feed(replacement)).statusCode()).isEqualTo(200);
    }

    @Test
    void a_copy_of_the_database_holds_no_calendar_address_only_its_hash_and_the_hash_opens_nothing() throws Exception {
        var token = tokenOf(member);

        var stored = jdbc.sql("select * from calendar_feeds").query().listOfRows().stream()
                .flatMap(row -> row.values().stream())
                .map(String::valueOf)
                .toList();
        assertThat(stored).noneMatch(v -> v.contains(token)).contains(LinkTokens.hash(token));
        assertThat(tokenOf(member)).as("the member sees the same address again").isEqualTo(token);
        assertThat(get(newBrowser(), feed(token)).statusCode()).isEqualTo(200);
        assertThat(get(newBrowser(), feed(LinkTokens.hash(token))).statusCode()).isEqualTo(404);
    }

    @Test
    void a_former_members_address_stops_working() throws Exception {
        var token = tokenOf(member);
        loginAs(member);
        clubService.leave(slug);

        var response = get(newBrowser(), feed(token));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void an_unknown_club_or_token_is_simply_not_found() throws Exception {
        var token = tokenOf(member);

        assertThat(get(newBrowser(), "/calendar/club/no-such-club/" + token + ".ics")
                        .statusCode())
                .isEqualTo(404);
        assertThat(get(newBrowser(), "/calendar/club/" + slug + "/not-a-token.ics")
                        .statusCode())
                .isEqualTo(404);
    }

    // ---- helpers ----

    private String tokenOf(MemberProfile who) {
        loginAs(who);
        return feeds.feedToken(slug);
    }

    private String feed(String token) {
        return "/calendar/club/" + slug + "/" + token + ".ics";
    }

    private static HttpClient newBrowser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A browser that went through the login form, CSRF token and all, as a member does. */
    private HttpClient loggedIn(MemberProfile who) throws Exception {
        var browser = newBrowser();
        var csrf = CSRF.matcher(get(browser, "/login").body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        var form = "_csrf=" + encoded(csrf.group(1)) + "&username=" + encoded(who.username()) + "&password="
                + encoded(PASSWORD);
        var response = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encoded(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
