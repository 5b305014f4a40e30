package org.filmclub.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.filmclub.AbstractAppTest;
import org.junit.jupiter.api.Test;

/** The app's icon, which browsers ask for on every visit, is there for anyone, signed in or not. */
class AppIconTest extends AbstractAppTest {

    private final HttpClient browser =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void favicon_ico_answers_with_an_icon_image() throws Exception {
        var icon = get("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
        // An ICO file's header: reserved 0, type 1 (icon).
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    @Test
    void the_svg_icon_answers_and_every_page_links_to_both_icons() throws Exception {
        var svg = get("/icons/filmclub.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");

        var login = new String(get("/login").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(login)
                .containsPattern("<link[^>]+href=\"favicon.ico\"")
                .containsPattern("<link[^>]+href=\"icons/filmclub.svg\"");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
