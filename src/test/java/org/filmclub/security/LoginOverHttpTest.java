package org.filmclub.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.filmclub.AbstractAppTest;
import org.filmclub.StandaloneApp;
import org.filmclub.member.PasswordChange;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Logging in through the real filter chain of the running app, as a browser's form post does. */
class LoginOverHttpTest extends AbstractAppTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String username, String password, boolean remember) throws Exception {
        return login(http, username, password, remember);
    }

    private HttpResponse<String> login(HttpClient browser, String username, String password, boolean remember)
            throws Exception {
        var page = get(browser, "/login").body();
        var matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the login page carries a CSRF token").isTrue();
        var form = "_csrf=" + enc(matcher.group(1)) + "&username=" + enc(username) + "&password=" + enc(password)
                + (remember ? "&remember-me=on" : "");
        return browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in with "remember me" and returns the remembered-login cookie's value. */
    private String rememberedLogin(String username) throws Exception {
        login(username, PASSWORD, true);
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("remember-me"))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    /** Opens the clubs page from a browser that has nothing but the remembered-login cookie. */
    private int clubsStatusInANewBrowserWith(String rememberMe) throws Exception {
        var freshBrowser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return freshBrowser
                .send(
                        HttpRequest.newBuilder(uri("/clubs"))
                                .header("Cookie", "remember-me=" + rememberMe)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void anonymous_visitor_is_sent_to_the_login_page() throws Exception {
        var response = get(http, "/clubs");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void member_logs_in_with_any_case_of_their_username() throws Exception {
        var me = newMember("Lou Login");
        var response = login(me.username().toUpperCase(), PASSWORD, false);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(get(http, "/clubs").statusCode()).isEqualTo(200);
    }

    @Test
    void wrong_password_goes_back_to_the_login_page_with_an_error() throws Exception {
        var me = newMember("Wes Wrong");
        var response = login(me.username(), "not the password", false);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(get(http, "/clubs").statusCode()).as("still not logged in").isEqualTo(302);
    }

    @Test
    void remembered_login_opens_the_app_in_a_new_browser_session() throws Exception {
        var me = newMember("Rae Remember");
        var remembered = rememberedLogin(me.username());
        assertThat(clubsStatusInANewBrowserWith(remembered)).isEqualTo(200);
    }

    @Test
    void after_repeated_failures_even_the_right_password_must_wait() throws Exception {
        var me = newMember("Gus Guessed");
        var start = clock.stop();
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            login(me.username(), "guess number " + i, false);
        }
        var response = login(me.username(), PASSWORD, false);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(get(http, "/clubs").statusCode()).isEqualTo(302);

        // The first wait is one second: the clock moves past it rather than the test sleeping through it.
        clock.stopAt(start.plusMillis(1_001));
        assertThat(login(me.username(), PASSWORD, false)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .as("after the wait the right password works")
                .doesNotContain("error");
    }

    @Test
    void a_new_password_forgets_every_remembered_login() throws Exception {
        var me = newMember("Pam Changed");
        var remembered = rememberedLogin(me.username());
        StandaloneApp.as(me.username(), () -> {
            memberService.changePassword(new PasswordChange(PASSWORD, "a different password"));
            return null;
        });
        assertThat(clubsStatusInANewBrowserWith(remembered)).isEqualTo(302);
    }

    @Test
    void health_is_up_and_nothing_else_of_actuator_is_served() throws Exception {
        var health = get(http, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get(http, "/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(get(http, "/actuator/beans").statusCode()).isNotEqualTo(200);
    }

    @Test
    void the_database_never_holds_a_remembered_logins_token_only_its_hash() throws Exception {
        var me = newMember("Tia Token");
        var cookie = rememberedLogin(me.username());
        assertThat(storedTokens(me.username()))
                .hasSize(1)
                .doesNotContain(tokenIn(cookie))
                .containsExactly(HashedRememberMeTokens.hash(tokenIn(cookie)));

        // Using the cookie exchanges its token for a new one, which is not stored as it is either.
        var response = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(uri("/clubs"))
                                .header("Cookie", "remember-me=" + cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var renewed = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("remember-me="))
                .findFirst()
                .orElseThrow()
                .replaceFirst("remember-me=([^;]*).*", "$1");
        assertThat(storedTokens(me.username())).hasSize(1).doesNotContain(tokenIn(renewed), tokenIn(cookie));
    }

    @Test
    void a_new_password_logs_out_the_members_other_browsers_and_keeps_the_one_that_changed_it() throws Exception {
        var me = newMember("Sid Sessions");
        var otherCookies = new CookieManager();
        var otherBrowser = HttpClient.newBuilder()
                .cookieHandler(otherCookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        login(me.username(), PASSWORD, false);
        login(otherBrowser, me.username(), PASSWORD, false);
        assertThat(get(http, "/clubs").statusCode()).isEqualTo(200);
        assertThat(get(otherBrowser, "/clubs").statusCode()).isEqualTo(200);

        inTheSessionOf(
                cookies, () -> memberService.changePassword(new PasswordChange(PASSWORD, "a different password")));

        var next = get(otherBrowser, "/clubs");
        assertThat(next.statusCode()).as("the other browser is logged out").isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(get(http, "/clubs").statusCode())
                .as("the browser that changed it stays in")
                .isEqualTo(200);
        assertThat(login(otherBrowser, me.username(), "a different password", false)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .doesNotContain("error");
        assertThat(get(otherBrowser, "/clubs").statusCode()).isEqualTo(200);
    }

    /** Runs a service call as a request of the browser with these cookies would: with its session and login. */
    private void inTheSessionOf(CookieManager browser, Runnable action) {
        var id = browser.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst()
                .orElseThrow()
                .getValue();
        var server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
        var app = (org.apache.catalina.Context) server.getTomcat().getHost().findChildren()[0];
        HttpSession session;
        try {
            session = app.getManager().findSession(id).getSession();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        var request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.setContext((SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private List<String> storedTokens(String username) {
        return context.getBean(JdbcTemplate.class)
                .queryForList("select token from persistent_logins where username = ?", String.class, username);
    }

    /** The random token in a remembered-login cookie, which is Base64 of "series:token", each URL-encoded. */
    private static String tokenIn(String cookie) {
        var padded = cookie + "=".repeat((4 - cookie.length() % 4) % 4);
        var parts = new String(Base64.getDecoder().decode(padded), StandardCharsets.UTF_8).split(":");
        return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
    }
}
