package org.filmclub;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@Push
@Theme("filmclub")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class FilmclubApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(FilmclubApplication.class, args);
    }

    /**
     * The app's icon (a strip of film, {@code META-INF/resources/icons/filmclub.svg}, with {@code favicon.ico} drawn
     * from it for browsers that ask for that), and the member's light or dark choice applied before the first
     * paint, so the page never flashes.
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("favicon.ico", Map.of("rel", "icon", "sizes", "32x32"));
        settings.addLink("icons/filmclub.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addLink("icons/filmclub.svg", Map.of("rel", "apple-touch-icon"));
        settings.addInlineWithContents(
                TargetElement.HEAD,
                Inline.Position.APPEND,
                """
                (function () {
                  var saved = null;
                  try { saved = localStorage.getItem('filmclub-theme'); } catch (e) { }
                  var dark = saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
                  if (dark) { document.documentElement.setAttribute('theme', 'dark'); }
                })();
                """,
                Inline.Wrapping.JAVASCRIPT);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
