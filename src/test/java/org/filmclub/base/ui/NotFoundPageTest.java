package org.filmclub.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.filmclub.AbstractAppTest;
import org.filmclub.Screen;
import org.junit.jupiter.api.Test;

/** An address that names nothing the member may see: a page inside the app's layout that answers 404. */
class NotFoundPageTest extends AbstractAppTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:content|value)=\"([^\"]+)\"");

    @Test
    void a_missing_club_shows_the_not_found_page_with_the_menu_and_a_way_to_the_members_clubs() {
        var ines = newMember("Ines Moura");
        newClub(ines);
        loginAs(ines);

        UI.getCurrent().navigate("clubs/no-such-club-anywhere/films/12345");

        NavigatorKt.expectView(NotFoundView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).anyMatch(MainLayout.class::isInstance);
        _get(DrawerToggle.class);
        assertThat(Screen.text()).contains("Nothing here", "Filmclub");
        assertThat(_get(Anchor.class, spec -> spec.withText("Go to my clubs")).getHref())
                .isEqualTo("clubs");
    }

    @Test
    void a_missing_film_and_another_clubs_film_answer_404_over_http_to_a_logged_in_member() throws Exception {
        var theirHost = newMember("Tomas Reis");
        var theirClub = newClub(theirHost);
        var joana = newMember("Joana Lima");
        var myClub = newClub(joana);
        var browser = loggedIn(joana.username());

        var missingFilm = get(browser, "/clubs/" + myClub + "/films/987654");
        assertThat(missingFilm.statusCode()).isEqualTo(404);
        assertThat(missingFilm.body()).contains("Nothing here");
        assertThat(get(browser, "/clubs/" + theirClub).statusCode()).isEqualTo(404);
        assertThat(get(browser, "/no/such/page").statusCode()).isEqualTo(404);
        assertThat(get(browser, "/clubs/" + myClub).statusCode())
                .as("the member's own club")
                .isEqualTo(200);
    }

    /** A browser with a cookie jar, logged in through the real login form. */
    private HttpClient loggedIn(String username) throws Exception {
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var token = CSRF.matcher(get(browser, "/login").body());
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        var form = "_csrf=" + enc(token.group(1)) + "&username=" + enc(username) + "&password=" + enc(PASSWORD);
        var login = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("/login");
        return browser;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
