package org.filmclub.poll.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.filmclub.base.AppPaths;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.ClubPage;
import org.filmclub.base.ui.Confirm;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.club.ClubService;
import org.filmclub.member.CurrentMember;
import org.filmclub.poll.DateAnswer;
import org.filmclub.poll.DatePollChanged;
import org.filmclub.poll.DatePollPage;
import org.filmclub.poll.DatePollService;
import org.filmclub.poll.DatePollStatus;
import org.filmclub.poll.DateTable;

/**
 * Finding a date: the times proposed, each in the member's own zone, the member's own answers, and everyone's in
 * a table with the best time marked. Answers from others arrive live and redraw the table only, so a member
 * choosing by keyboard keeps their place.
 */
@Route("clubs/:slug/dates/:pollId")
@PermitAll
public class DatePollView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DatePollService polls;
    private final CurrentMember currentMember;
    private final ClubPage<DatePollPage> clubPage;
    private final Div top = new Div();
    private final Section mine = new Section();
    private final AnswerTable table = new AnswerTable();
    private final Div host = new Div();
    private final Map<Long, RadioButtonGroup<DateAnswer>> myAnswers = new HashMap<>();
    private String slug;
    private long pollId;
    private ZoneId zone;
    private DatePollPage shown;
    private final ClubService clubs;
    private String clubName = "";
    private String title = PageTitles.of("Finding a date");

    DatePollView(DatePollService polls, ClubService clubs, CurrentMember currentMember, LiveBus bus) {
        this.polls = polls;
        this.clubs = clubs;
        this.currentMember = currentMember;
        addClassNames("page", "date-poll-page");
        mine.addClassName("card");
        host.addClassName("card");
        var everyone = new Section(new H2("Everyone's answers"), new Paragraph(DateTable.BEST_RULE), table);
        everyone.addClassName("card");
        add(top, mine, everyone, host);
        clubPage = new ClubPage<>(this, () -> polls.view(slug, pollId), this::show, gone -> {
                    Notifications.error(gone.getMessage());
                    getUI().ifPresent(ui -> ui.navigate(AppPaths.club(slug)));
                })
                .follow(bus, p -> DateTable.topic(p.table().pollId()), DatePollChanged.class, changed -> {
                    // A table read before the member's own last answer may arrive after it: keep the newer.
                    if (shown != null
                            && changed.table().pollId() == pollId
                            && changed.table().revision() >= shown.table().revision()) {
                        show(shown.with(changed.table()));
                    }
                });
    }

    public static RouteParameters params(String slug, long pollId) {
        return new RouteParameters(Map.of("slug", slug, "pollId", Long.toString(pollId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Vaadin keeps this page for another address of the route: draw all of it afresh.
        shown = null;
        clubPage.enter(event, params -> {
            slug = params.get("slug").orElse("");
            clubName = clubs.name(slug);
            pollId = params.getLong("pollId").orElseThrow();
            zone = currentMember.require().timeZone();
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Redraws all of it for a new poll or a new status; otherwise only what answers change. */
    private void show(DatePollPage page) {
        var t = page.table();
        var whole = shown == null
                || shown.table().pollId() != t.pollId()
                || shown.table().status() != t.status();
        shown = page;
        title = PageTitles.of("When shall we watch " + t.filmTitle() + "?", clubName);
        if (whole) {
            drawTop(page);
            drawMine(page);
        } else {
            var me = t.voter(page.me());
            myAnswers.forEach((choice, group) -> {
                var answer = me.map(v -> v.answers().get(choice)).orElse(null);
                if (group.getValue() != answer) {
                    group.setValue(answer);
                }
            });
        }
        table.show(page, zone);
        drawHost(page);
    }

    private void drawTop(DatePollPage page) {
        var t = page.table();
        top.removeAll();
        var back = new Anchor(AppPaths.club(slug), "← The club");
        back.addClassName("back-link");
        top.add(back, new H1("When shall we watch " + t.filmTitle() + "?"));
        if (!t.note().isEmpty()) {
            top.add(new Paragraph(t.note()));
        }
        var where = new StringBuilder();
        where.append(t.place().durationMinutes()).append(" minutes");
        if (!t.place().venue().isEmpty()) {
            where.append(" · ").append(t.place().venue());
        }
        if (!t.place().onlineLink().isEmpty()) {
            where.append(" · online");
        }
        if (t.place().seatLimit() != null) {
            where.append(" · ").append(t.place().seatLimit()).append(" seats");
        }
        top.add(new Paragraph(where.toString()));
        if (t.status() == DatePollStatus.SCHEDULED) {
            var status = new Paragraph("Closed: a time was chosen. ");
            t.screeningId().ifPresent(id -> status.add(new Anchor(AppPaths.screening(slug, id), "See the screening")));
            status.getElement().setAttribute("role", "status");
            top.add(status);
        } else if (t.status() == DatePollStatus.CLOSED) {
            top.add(new Paragraph("Closed without a screening."));
        }
    }

    private void drawMine(DatePollPage page) {
        var t = page.table();
        mine.removeAll();
        myAnswers.clear();
        mine.setVisible(t.isOpen());
        if (!t.isOpen()) {
            return;
        }
        mine.add(new H2("Your answers"), new Paragraph("Times are in your time zone, " + zone.getId() + "."));
        var me = t.voter(page.me());
        for (var choice : t.choices()) {
            var group = new RadioButtonGroup<DateAnswer>(DateLabels.of(choice.startsAt(), zone));
            group.setItems(DateAnswer.values());
            group.setItemLabelGenerator(DateAnswer::label);
            me.map(v -> v.answers().get(choice.id())).ifPresent(group::setValue);
            group.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    answer(choice.id(), e.getValue());
                }
            });
            myAnswers.put(choice.id(), group);
            mine.add(group);
        }
    }

    private void answer(long choiceId, DateAnswer answer) {
        try {
            polls.answer(slug, pollId, choiceId, answer);
        } catch (NotPermittedException | InvalidInputException refused) {
            Notifications.error(refused.getMessage());
        }
        clubPage.refresh();
    }

    private void drawHost(DatePollPage page) {
        var t = page.table();
        host.removeAll();
        host.setVisible(page.iAmHost() && t.isOpen());
        if (!host.isVisible()) {
            return;
        }
        var choice = new Select<DateTable.Choice>();
        choice.setLabel("Time for the screening");
        choice.setWidthFull();
        choice.getStyle().set("max-width", "30rem");
        choice.setItems(t.choices());
        choice.setItemLabelGenerator(c -> DateLabels.of(c.startsAt(), zone)
                + (t.best().orElse(-1L) == c.id() ? " — " + AnswerTable.BEST : "")
                + " (" + c.yes() + " yes)");
        t.choices().stream()
                .filter(c -> c.id() == t.best().orElse(t.choices().get(0).id()))
                .findFirst()
                .ifPresent(choice::setValue);
        var schedule = new Button("Turn into a screening", e -> {
            var picked = choice.getValue();
            clubPage.act(() -> {
                try {
                    polls.schedule(slug, pollId, picked.id());
                    Notifications.success("Screening scheduled; those who said yes are going.");
                } catch (InvalidInputException refused) {
                    // A time that has passed, or a place the screening rules no longer take.
                    Notifications.error(refused.getMessage());
                }
            });
        });
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var close = new Button(
                "Close without a screening",
                e -> Confirm.destructive(
                        "Close this date poll?",
                        "Members can no longer answer, and no screening is scheduled.",
                        "Close",
                        () -> clubPage.act(() -> polls.close(slug, pollId), "Date poll closed.")));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        var actions = new Div(schedule, close);
        actions.addClassName("actions");
        host.add(new H2("Choose the date"), choice, actions);
    }
}
