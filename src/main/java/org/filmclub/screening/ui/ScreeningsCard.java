package org.filmclub.screening.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.filmclub.base.AppPaths;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.AppUrl;
import org.filmclub.base.ui.Confirm;
import org.filmclub.base.ui.Notifications;
import org.filmclub.film.FilmService;
import org.filmclub.screening.CalendarFeedService;
import org.filmclub.screening.ScheduleService;
import org.filmclub.screening.ScreeningService;

/** The club's screenings on its home page: upcoming soonest first, past ones folded away, and the calendar address. */
class ScreeningsCard extends Div {

    private final ScreeningService screenings;
    private final ScheduleService schedules;
    private final CalendarFeedService feeds;
    private final FilmService films;
    private final Clock clock;
    private final LiveBus bus;
    private final ZoneId zone;
    private final String slug;
    private final boolean host;

    ScreeningsCard(
            ScreeningService screenings,
            ScheduleService schedules,
            CalendarFeedService feeds,
            FilmService films,
            LiveBus bus,
            Clock clock,
            ZoneId zone,
            String slug,
            boolean host) {
        this.bus = bus;
        this.screenings = screenings;
        this.schedules = schedules;
        this.feeds = feeds;
        this.films = films;
        this.clock = clock;
        this.zone = zone;
        this.slug = slug;
        this.host = host;
        addClassNames("card", "screenings");
        render();
    }

    private void render() {
        removeAll();
        var header = new Div(new H2("Screenings"));
        header.addClassName("section-header");
        if (host) {
            var schedule = new Button("Schedule a screening", VaadinIcon.CALENDAR.create(), e -> openSchedule());
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(schedule);
        }
        add(header);
        var plan = schedules.forClub(slug);
        if (plan.upcoming().isEmpty()) {
            add(new Paragraph(
                    host ? "Nothing scheduled. Schedule the club's next watch session." : "Nothing scheduled yet."));
        }
        var upcoming = new UnorderedList();
        upcoming.addClassName("screening-list");
        plan.upcoming().forEach(s -> upcoming.add(new ScreeningLine(s, zone, bus, clock)));
        add(upcoming);
        if (!plan.past().isEmpty()) {
            var past = new UnorderedList();
            past.addClassName("screening-list");
            plan.past().forEach(s -> past.add(new ScreeningLine(s, zone, bus, clock)));
            add(new Details("Past screenings (" + plan.past().size() + ")", past));
        }
        add(calendar());
    }

    private Details calendar() {
        var address = new TextField("Your private calendar address");
        address.setReadOnly(true);
        address.setWidthFull();
        address.setHelperText("Add it to your calendar app to follow this club's screenings. Keep it to yourself.");
        var show = new Button("Show the address", e -> address.setValue(feedUrl(feeds.feedToken(slug))));
        var reset = new Button(
                "Make a new address",
                e -> Confirm.destructive(
                        "Make a new calendar address?",
                        "The old address stops working at once; calendars that use it stop updating.",
                        "Make new address",
                        () -> {
                            address.setValue(feedUrl(feeds.resetFeedToken(slug)));
                            Notifications.success("New calendar address made; the old one no longer works.");
                        }));
        for (var b : new Button[] {show, reset}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        var actions = new Div(show, reset);
        actions.addClassName("actions");
        return new Details("Calendar", new Div(address, actions));
    }

    private String feedUrl(String token) {
        return AppUrl.of(AppPaths.clubCalendar(slug, token));
    }

    private void openSchedule() {
        var list = films.films(slug, "", 200).films();
        if (list.isEmpty()) {
            Notifications.error("Add a film first; then schedule its screening.");
            return;
        }
        new ScheduleDialog(screenings, slug, list, zone, Optional.empty(), this::render).open();
    }
}
