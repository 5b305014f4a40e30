package org.filmclub.poll.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.filmclub.base.ui.Notifications;
import org.filmclub.club.ClubHomeSection;
import org.filmclub.club.ClubMembership;
import org.filmclub.film.FilmService;
import org.filmclub.member.CurrentMember;
import org.filmclub.poll.DatePollService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Finding a date" on the club's home, next to its screenings: the open date polls, and for hosts a way to start one. */
@Configuration
class DatePollSections {

    @Bean
    ClubHomeSection findingADate(DatePollService polls, FilmService films, CurrentMember currentMember) {
        return new ClubHomeSection() {
            @Override
            public int order() {
                return 21;
            }

            @Override
            public Component create(ClubMembership membership) {
                return card(polls, films, currentMember.require().timeZone(), membership);
            }
        };
    }

    static Component card(DatePollService polls, FilmService films, ZoneId zone, ClubMembership membership) {
        var slug = membership.slug();
        var header = new Div(new H2("Finding a date"));
        header.addClassName("section-header");
        if (membership.isHost()) {
            var find = new Button("Find a date", VaadinIcon.CALENDAR_CLOCK.create(), e -> {
                var list = films.films(slug, "", 200).films();
                if (list.isEmpty()) {
                    Notifications.error("Add a film first; then find a date for its screening.");
                    return;
                }
                new ProposeDialog(polls, slug, list, zone, id -> UI.getCurrent()
                                .navigate(DatePollView.class, DatePollView.params(slug, id)))
                        .open();
            });
            header.add(find);
        }
        var card = new Div(header);
        card.addClassNames("card", "date-polls");
        var open = polls.open(slug);
        if (open.isEmpty()) {
            card.add(new Paragraph(
                    membership.isHost()
                            ? "No date being found. Propose a few times and let members say which suit them."
                            : "No date being found right now."));
            return card;
        }
        var list = new UnorderedList();
        list.addClassName("screening-list");
        open.forEach(poll -> {
            var times = poll.times().stream().map(t -> DateLabels.of(t, zone)).collect(Collectors.joining("; "));
            var link = new RouterLink(
                    "When shall we watch " + poll.filmTitle() + "?",
                    DatePollView.class,
                    DatePollView.params(slug, poll.id()));
            list.add(new ListItem(link, new Paragraph(poll.times().size() + " times: " + times)));
        });
        card.add(list);
        return card;
    }
}
