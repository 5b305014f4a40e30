package org.filmclub.screening.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import org.filmclub.base.live.LiveBus;
import org.filmclub.club.ClubHomeSection;
import org.filmclub.club.ClubMembership;
import org.filmclub.film.FilmPage;
import org.filmclub.film.FilmPageSection;
import org.filmclub.film.FilmService;
import org.filmclub.member.CurrentMember;
import org.filmclub.screening.CalendarFeedService;
import org.filmclub.screening.ScheduleService;
import org.filmclub.screening.ScreeningService;
import org.filmclub.screening.ScreeningStatus;
import org.filmclub.watch.WatchAlong;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the club's screenings on its home page and a film's screenings on the film's page. */
@Configuration
class ScreeningSections {

    @Bean
    ClubHomeSection clubScreenings(
            ScreeningService screenings,
            ScheduleService schedules,
            CalendarFeedService feeds,
            FilmService films,
            CurrentMember currentMember,
            LiveBus bus,
            Clock clock) {
        return new ClubHomeSection() {
            @Override
            public int order() {
                return 20;
            }

            @Override
            public Component create(ClubMembership membership) {
                return new ScreeningsCard(
                        screenings,
                        schedules,
                        feeds,
                        films,
                        bus,
                        clock,
                        currentMember.require().timeZone(),
                        membership.slug(),
                        membership.isHost());
            }
        };
    }

    @Bean
    FilmPageSection filmScreenings(
            ScheduleService schedules,
            CurrentMember currentMember,
            WatchAlong watchAlong,
            ClockTimers timers,
            LiveBus bus,
            Clock clock) {
        return new FilmPageSection() {
            @Override
            public Slot slot() {
                return Slot.SCREENINGS;
            }

            @Override
            public Component create(FilmPage page) {
                var plan = schedules.forFilm(page.clubSlug(), page.filmId());
                var me = currentMember.require();
                var zone = me.timeZone();
                var card = new Div(new H2("Screenings"));
                card.addClassNames("card", "screenings");
                if (plan.upcoming().isEmpty() && plan.past().isEmpty()) {
                    card.add(new Paragraph("No screening of this film yet."));
                }
                var list = new UnorderedList();
                list.addClassName("screening-list");
                plan.upcoming().forEach(s -> list.add(new ScreeningLine(s, zone, bus, clock)));
                plan.past().forEach(s -> {
                    list.add(new ScreeningLine(s, zone, bus, clock));
                    s.summary()
                            .ifPresent(summary -> list.add(new com.vaadin.flow.component.html.ListItem(
                                    new Paragraph(summary.attended().size() + " in the room · " + summary.messages()
                                            + (summary.messages() == 1 ? " message · " : " messages · ")
                                            + summary.answeredQuestions().size()
                                            + (summary.answeredQuestions().size() == 1
                                                    ? " question answered"
                                                    : " questions answered")))));
                });
                card.add(list);
                card.add(new WatchAlongPanel(
                        watchAlong, timers, clock, page.clubSlug(), page.filmId(), me.id(), alongWith(plan, zone)));
                return card;
            }
        };
    }

    /** What a member who watches later watches along with: the club's last screening of the film, or its talk. */
    static String alongWith(ScheduleService.Schedule plan, java.time.ZoneId zone) {
        return plan.past().stream()
                .filter(s -> s.status() != ScreeningStatus.CANCELLED)
                .map(s -> s.when().startsAt())
                .max(java.util.Comparator.naturalOrder())
                .map(at -> "the club's screening of "
                        + java.time.format.DateTimeFormatter.ofPattern("d MMMM", java.util.Locale.UK)
                                .format(at.atZone(zone)))
                .orElse("the club's talk");
    }
}
