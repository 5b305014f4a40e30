package org.filmclub;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
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

    /** Applies the member's light or dark choice before the first paint, so the page never flashes. */
    @Override
    public void configurePage(AppShellSettings settings) {
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
