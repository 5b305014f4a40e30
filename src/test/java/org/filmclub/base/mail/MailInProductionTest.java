package org.filmclub.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.filmclub.StandaloneApp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.context.WebApplicationContext;

/** With {@code prod}, no mail is caught and the page that shows caught mail does not exist. */
class MailInProductionTest {

    @Test
    void with_prod_and_no_mail_server_set_nothing_catches_mail_and_the_dev_mail_page_does_not_exist() throws Exception {
        var dataDir = Files.createTempDirectory("filmclub-prod-mail");
        try (var app =
                StandaloneApp.start("--filmclub.data-dir=" + dataDir, "--server.servlet.session.cookie.secure=false")) {
            assertThat(app.getBeansOfType(GreenMail.class)).isEmpty();
            assertThat(app.getBeansOfType(DevMailbox.class)).isEmpty();
            assertThat(app.getBeansOfType(JavaMailSender.class)).isEmpty();

            // The first request starts Vaadin, which builds its routes.
            var port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var login = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            assertThat(login.statusCode()).isEqualTo(200);
            var routes = ApplicationRouteRegistry.getInstance(
                    new VaadinServletContext(((WebApplicationContext) app).getServletContext()));
            assertThat(routes.getNavigationTarget("login")).isPresent();
            assertThat(routes.getNavigationTarget("dev/mail")).isEmpty();
        }
    }
}
