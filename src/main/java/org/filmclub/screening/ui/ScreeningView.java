package org.filmclub.screening.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.filmclub.base.AppPaths;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.ClubPage;
import org.filmclub.base.ui.Confirm;
import org.filmclub.base.ui.LiveTime;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.base.ui.ReadingLayout;
import org.filmclub.base.ui.Times;
import org.filmclub.club.ClubService;
import org.filmclub.film.FilmPageSection;
import org.filmclub.film.FilmService;
import org.filmclub.member.CurrentMember;
import org.filmclub.screening.Answer;
import org.filmclub.screening.ScheduleService;
import org.filmclub.screening.ScreeningCard;
import org.filmclub.screening.ScreeningClock;
import org.filmclub.screening.ScreeningLive;
import org.filmclub.screening.ScreeningService;
import org.filmclub.screening.ScreeningStatus;

/**
 * A screening: when and where, who is coming, and the member's own answer. While it is live this is
 * the club's room: the film's discussion, the question queue with "now discussing" on top, and who is here.
 */
@Route("clubs/:slug/screenings/:screeningId")
@PermitAll
public class ScreeningView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ScreeningService screenings;
    private final ScheduleService schedules;
    private final FilmService films;
    private final CurrentMember currentMember;
    private final List<FilmPageSection> sections;
    private final LiveBus bus;
    private final Clock clock;
    private final ScreeningClock filmClocks;
    private final ClubPage<ScreeningCard> clubPage;
    private String slug;
    private long screeningId;
    private ZoneId zone;
    private final ClubService clubs;
    private String clubName = "";
    private String title = PageTitles.of("Screening");
    private final Div top = new Div();
    private final Div rest = new Div();
    /** The screening and member the live room on the page was made for; empty when there is none. */
    private String roomOf = "-";
    /** The film's runtime, read once for the film this page shows. */
    private long runtimeFor = -1;

    private int runtime;

    ScreeningView(
            ScreeningService screenings,
            ScheduleService schedules,
            FilmService films,
            ClubService clubs,
            CurrentMember currentMember,
            List<FilmPageSection> sections,
            LiveBus bus,
            Clock clock,
            ScreeningClock filmClocks) {
        this.screenings = screenings;
        this.clubs = clubs;
        this.schedules = schedules;
        this.films = films;
        this.currentMember = currentMember;
        this.sections = sections;
        this.bus = bus;
        this.clock = clock;
        this.filmClocks = filmClocks;
        addClassNames("page", "screening-page");
        top.addClassName("film-top");
        rest.addClassName("film-top");
        clubPage = new ClubPage<>(this, () -> schedules.view(slug, screeningId), this::render, gone -> {
                    Notifications.error(gone.getMessage());
                    getUI().ifPresent(ui -> ui.navigate(AppPaths.club(slug)));
                })
                // Start and end are pushed to everyone in the club; this page redraws as the room opens or closes.
                .follow(bus, s -> ScreeningLive.topic(s.clubId()), ScreeningLive.class, live -> {
                    if (live.screeningId() == screeningId) {
                        refresh();
                    }
                });
    }

    static RouteParameters params(String slug, long screeningId) {
        return new RouteParameters(Map.of("slug", slug, "screeningId", Long.toString(screeningId)));
    }

    static String label(Answer answer) {
        return switch (answer) {
            case GOING -> "going";
            case MAYBE -> "maybe";
            case NOT_GOING -> "can't go";
            case WAITLIST -> "on the waitlist";
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clubPage.enter(event, params -> {
            slug = params.get("slug").orElse("");
            clubName = clubs.name(slug);
            screeningId = params.getLong("screeningId").orElseThrow();
            zone = currentMember.require().timeZone();
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void refresh() {
        clubPage.refresh();
    }

    /**
     * Draws the screening afresh, except the live room: that is made once per screening and member
     * while it runs, so an answer clicked during the screening keeps the discussion and what is typed.
     */
    private void render(ScreeningCard s) {
        top.removeAll();
        rest.removeAll();
        title = PageTitles.of("Screening of " + s.filmTitle(), clubName);
        var back = new Anchor(AppPaths.film(slug, s.filmId()), "← " + s.filmTitle());
        back.addClassName("back-link");
        var heading = new Div(new H1("Screening of " + s.filmTitle()));
        heading.addClassName("club-header");
        if (s.status() != ScreeningStatus.SCHEDULED) {
            var badge = new Span(
                    s.status() == ScreeningStatus.LIVE
                            ? "Live now"
                            : s.status() == ScreeningStatus.CANCELLED ? "Cancelled" : "Ended");
            badge.addClassNames("role-badge", s.status() == ScreeningStatus.LIVE ? "host" : "plain");
            heading.add(badge);
        }
        top.add(back, heading, facts(s));
        if (s.iAmHost()) {
            top.add(hostControls(s));
        }
        var roomKey = s.status() == ScreeningStatus.LIVE
                ? s.id() + ":" + currentMember.require().id()
                : "";
        if (!roomKey.equals(roomOf)) {
            removeAll();
            if (roomKey.isEmpty()) {
                add(top, rest);
            } else {
                add(room(s));
            }
            roomOf = roomKey;
        }
        s.summary().ifPresent(summary -> rest.add(summary(summary)));
        rest.add(answers(s));
    }

    private Div facts(ScreeningCard s) {
        var viewerZone = zone;
        var ends = endsAbout(s);
        var when = new Paragraph(
                new LiveTime(bus, clock, now -> Times.when(s.when().startsAt(), now, viewerZone) + " · " + ends));
        when.addClassName("screening-when");
        var box = new Div(when);
        box.addClassName("card");
        if (!s.when().zone().equals(zone)) {
            box.add(new Paragraph("Host's time: "
                    + Times.dateTime(s.when().startsAt(), s.when().zone()) + " ("
                    + s.when().zone() + ")"));
        }
        if (!s.place().venue().isEmpty()) {
            box.add(new Paragraph("Where: " + s.place().venue()));
        }
        if (!s.place().onlineLink().isEmpty()) {
            var link = new Anchor(s.place().onlineLink(), s.place().onlineLink());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener nofollow");
            box.add(new Paragraph(new Span("Online: "), link));
        }
        if (!s.note().isEmpty()) {
            box.add(new Paragraph(s.note()));
        }
        var ics = new Anchor(AppPaths.screeningCalendar(s.id()), "Add to my calendar (.ics)");
        ics.setRouterIgnore(true);
        ics.getElement().setAttribute("download", "screening-" + s.id() + ".ics");
        // A paragraph of its own: amid the card's text, a link told apart by colour alone is easy to miss.
        box.add(rsvp(s), new Paragraph(ics));
        return box;
    }

    /** "ends about 22:51: film 2 h 6 min + talk": what the evening holds, not a bare end time. */
    private String endsAbout(ScreeningCard s) {
        var ends = "ends about " + Times.time(s.when().endsAt(), zone);
        var minutes = Duration.between(s.when().startsAt(), s.when().endsAt()).toMinutes();
        var film = runtimeOf(s.filmId());
        if (film <= 0 || film > minutes) {
            return ends;
        }
        return ends + ": film " + hoursAndMinutes(film) + (minutes > film ? " + talk" : "");
    }

    private int runtimeOf(long filmId) {
        if (runtimeFor != filmId) {
            runtime = films.page(slug, filmId).film().runtimeMinutes();
            runtimeFor = filmId;
        }
        return runtime;
    }

    static String hoursAndMinutes(long minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    private Div rsvp(ScreeningCard s) {
        var answer = new RadioButtonGroup<Answer>("Your answer");
        answer.setItems(Answer.GOING, Answer.MAYBE, Answer.NOT_GOING);
        answer.setItemLabelGenerator(a -> a == Answer.GOING ? "Going" : a == Answer.MAYBE ? "Maybe" : "Can't go");
        s.myAnswer().map(a -> a == Answer.WAITLIST ? Answer.GOING : a).ifPresent(answer::setValue);
        var open = s.status() == ScreeningStatus.SCHEDULED || s.status() == ScreeningStatus.LIVE;
        answer.setReadOnly(!open || !s.when().endsAt().isAfter(clock.instant()));
        answer.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                var recorded = screenings.rsvp(slug, screeningId, e.getValue());
                Notifications.success(
                        recorded == Answer.WAITLIST
                                ? "Every seat is taken: you are on the waitlist and get the next free seat."
                                : "Thanks, you are " + label(recorded) + ".");
            } catch (NotPermittedException | InvalidInputException refused) {
                Notifications.error(refused.getMessage());
            }
            refresh();
        });
        var box = new Div(answer);
        var me = currentMember.require().id();
        var waiting = s.answers().stream()
                .filter(x -> x.answer() == Answer.WAITLIST)
                .map(ScreeningCard.Attendee::memberId)
                .toList();
        if (waiting.contains(me)) {
            box.add(new Paragraph("You are number " + (waiting.indexOf(me) + 1) + " on the waitlist."));
        }
        return box;
    }

    private Div hostControls(ScreeningCard s) {
        var row = new Div();
        row.addClassName("actions");
        switch (s.status()) {
            case SCHEDULED -> {
                var start = new Button("Start the screening", e -> act(() -> screenings.start(slug, screeningId)));
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                row.add(
                        start,
                        new Button("Change", e -> new ScheduleDialog(
                                        screenings,
                                        slug,
                                        films.films(slug, "", 200).films(),
                                        zone,
                                        Optional.of(s),
                                        this::refresh)
                                .open()),
                        cancelButton(s));
            }
            case LIVE -> {
                var end = new Button("End the screening", e -> act(() -> screenings.end(slug, screeningId)));
                end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                row.add(end, cancelButton(s));
            }
            default -> {}
        }
        return row;
    }

    private Button cancelButton(ScreeningCard s) {
        var cancel = new Button(
                "Cancel the screening",
                e -> Confirm.destructive(
                        "Cancel this screening?",
                        "Everyone who answered is told, and calendars mark it cancelled.",
                        "Cancel screening",
                        () -> act(() -> screenings.cancel(slug, screeningId))));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }

    /**
     * The live room, laid out as the film page is: the screening on the left, and beside it the film's own
     * discussion and question queue, with who is here shown by the discussion.
     */
    private ReadingLayout room(ScreeningCard s) {
        screenings.enterRoom(slug, screeningId);
        var page = films.page(slug, s.filmId());
        var room = new ReadingLayout("Screening", null).read(top, rest).sideHeading(new H2("In the room"));
        room.addClassName("live-room");
        room.add(new FilmClockPanel(filmClocks, bus, clock, slug, screeningId, s.iAmHost()));
        sections.stream()
                .filter(part -> part.slot() != FilmPageSection.Slot.SCREENINGS)
                .sorted(java.util.Comparator.comparing(FilmPageSection::slot))
                .forEach(part -> FilmPageSection.place(room, part.slot(), part.create(page)));
        return room;
    }

    private Section summary(ScreeningCard.Summary summary) {
        var section = new Section(new H2("How it went"));
        section.addClassName("card");
        section.add(new Paragraph("From " + Times.dateTime(summary.startedAt(), zone) + " to "
                + Times.time(summary.endedAt(), zone) + ", " + summary.messages()
                + (summary.messages() == 1 ? " message" : " messages") + " in the discussion."));
        section.add(new Paragraph(
                summary.attended().isEmpty()
                        ? "Nobody came into the room."
                        : "In the room: " + String.join(", ", summary.attended()) + "."));
        if (!summary.answeredQuestions().isEmpty()) {
            var list = new UnorderedList();
            summary.answeredQuestions().forEach(q -> list.add(new ListItem(q)));
            section.add(new Paragraph("Questions answered:"), list);
        }
        return section;
    }

    private Section answers(ScreeningCard s) {
        var section = new Section(new H2("Who is coming"));
        section.addClassName("card");
        section.add(
                group(
                        "Going"
                                + (s.seatLimit() == null
                                        ? ""
                                        : " (" + s.going().size() + " of " + s.seatLimit() + " seats)"),
                        s,
                        Answer.GOING),
                group("Waitlist, in order", s, Answer.WAITLIST),
                group("Maybe", s, Answer.MAYBE),
                group("Can't go", s, Answer.NOT_GOING));
        return section;
    }

    private Div group(String heading, ScreeningCard s, Answer answer) {
        var list = new UnorderedList();
        list.addClassName("members");
        s.answers().stream().filter(a -> a.answer() == answer).forEach(a -> {
            var item = new ListItem(new Span(a.name()));
            item.addClassName("member-row");
            // A host changes her own answer as every member does, under "Your answer".
            if (s.iAmHost() && a.memberId() != currentMember.require().id()) {
                var remove =
                        new Button("Remove", e -> act(() -> screenings.removeRsvp(slug, screeningId, a.memberId())));
                remove.addThemeVariants(
                        ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel("Remove the answer of " + a.name());
                item.add(remove);
            }
            list.add(item);
        });
        var group = new Div(new Span(heading), list);
        group.addClassName("answer-group");
        group.setVisible(list.getChildren().findAny().isPresent());
        return group;
    }

    private void act(Runnable action) {
        clubPage.act(action);
    }
}
