package org.filmclub.poll.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filmclub.base.AppPaths;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.ClubPage;
import org.filmclub.base.ui.Confirm;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.PageTitles;
import org.filmclub.base.ui.Times;
import org.filmclub.club.ClubService;
import org.filmclub.film.FilmService;
import org.filmclub.member.CurrentMember;
import org.filmclub.poll.PollChoice;
import org.filmclub.poll.PollPage;
import org.filmclub.poll.PollService;
import org.filmclub.poll.PollStandings;
import org.filmclub.poll.RunoffResult;
import org.filmclub.screening.ScreeningService;
import org.filmclub.screening.ui.ScreeningScheduling;

/**
 * A poll: the member's ballot while it is open, the standings (or that it is sealed), the closing time in
 * the member's zone, and after the close every round of the count and, for a host, "Schedule it".
 */
@Route("clubs/:slug/polls/:pollId")
@PermitAll
public class PollView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PollService polls;
    private final ScreeningService screenings;
    private final FilmService films;
    private final CurrentMember currentMember;
    private final ClubPage<PollPage> clubPage;
    private final Div top = new Div();
    private final Div ballot = new Div();
    private final Div standings = new Div();
    private final Div outcome = new Div();
    private String slug;
    private long pollId;
    private ZoneId zone;
    private PollPage shown;
    private final ClubService clubs;
    private String clubName = "";
    private String title = PageTitles.of("Poll");

    PollView(
            PollService polls,
            ScreeningService screenings,
            FilmService films,
            ClubService clubs,
            CurrentMember currentMember,
            LiveBus bus) {
        this.polls = polls;
        this.clubs = clubs;
        this.screenings = screenings;
        this.films = films;
        this.currentMember = currentMember;
        addClassNames("page", "poll-page");
        standings.addClassName("poll-standings");
        add(top, ballot, standings, outcome);
        clubPage = new ClubPage<>(this, () -> polls.poll(slug, pollId), this::render, gone -> {
                    Notifications.error(gone.getMessage());
                    getUI().ifPresent(ui -> ui.navigate(AppPaths.club(slug)));
                })
                .follow(bus, p -> PollPage.liveTopic(p.id()), PollStandings.class, this::arrived);
    }

    static String path(String slug, long pollId) {
        return AppPaths.club(slug) + "/polls/" + pollId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
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

    private void render(PollPage page) {
        shown = page;
        title = PageTitles.of(page.title(), clubName);
        top.removeAll();
        ballot.removeAll();
        outcome.removeAll();
        top.add(new Anchor(AppPaths.club(slug), "← Back to the club"), new H1(page.title()));
        top.add(new Paragraph(closing(page)));
        if (page.open()) {
            ballot.add(new H2("Your ballot"));
            ballot.add(new BallotEditor(page.choices(), page.myBallot(), this::save));
            if (page.host()) {
                var close = new Button(
                        "Close the poll now",
                        VaadinIcon.STOP.create(),
                        e -> Confirm.destructive(
                                "Close the poll now?",
                                "Ballots stop and the count is final.",
                                "Close the poll",
                                () -> clubPage.act(() -> polls.close(slug, pollId), "The poll is closed.")));
                close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                ballot.add(close);
            }
        } else {
            renderResult(page);
        }
        showStandings(page.open(), page.ballots(), page.standings());
    }

    private String closing(PollPage page) {
        if (!page.open()) {
            return "Closed " + Times.dateTime(page.result().closedAt(), zone) + ".";
        }
        var when = "Closes " + Times.dateTime(page.closesAt(), zone);
        if (!page.openedIn().equals(zone)) {
            when += " (" + Times.dateTime(page.closesAt(), page.openedIn()) + " "
                    + page.openedIn().getId() + ")";
        }
        return when
                + (page.sealed() ? ". Sealed: results show when it closes." : ". Standings show as ballots come in.");
    }

    private void renderResult(PollPage page) {
        var result = page.result();
        outcome.add(new H2("Result"));
        if (result.winnerId() == null) {
            outcome.add(new Paragraph("Nobody voted, so there is no winner."));
        } else {
            var winner = page.choice(result.winnerId());
            var line = new Paragraph(winner.label() + " won. ");
            if (result.winnerFilmId() != null) {
                line.add(new Anchor(AppPaths.film(slug, result.winnerFilmId()), "Go to the film"));
            }
            outcome.add(line);
            if (page.host() && result.winnerFilmId() != null) {
                var schedule = new Button(
                        "Schedule it",
                        VaadinIcon.CALENDAR.create(),
                        e -> ScreeningScheduling.open(
                                screenings,
                                films,
                                slug,
                                result.winnerFilmId(),
                                winner.title(),
                                zone,
                                () -> getUI().ifPresent(ui -> ui.navigate(AppPaths.club(slug)))));
                schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                outcome.add(schedule);
            }
        }
        outcome.add(
                new Paragraph(result.counted() == 1 ? "1 ballot counted." : result.counted() + " ballots counted."));
        if (!result.leftNote().isEmpty()) {
            outcome.add(new Paragraph(result.leftNote()));
        }
        outcome.add(new RunoffRounds(result.count(), titles(page.choices())));
    }

    private void showStandings(boolean open, int ballots, RunoffResult count) {
        standings.removeAll();
        if (!open) {
            return;
        }
        var cast = ballots == 1 ? "1 ballot so far." : ballots + " ballots so far.";
        if (count == null || ballots == 0) {
            standings.add(new Paragraph(cast));
            return;
        }
        standings.add(new H2("Standings now"), new Paragraph(cast), new RunoffRounds(count, titles(shown.choices())));
    }

    private void arrived(PollStandings live) {
        if (shown == null || live.pollId() != shown.id()) {
            return;
        }
        if (live.closed()) {
            clubPage.refresh();
        } else {
            showStandings(true, live.ballots(), live.standings());
        }
    }

    private void save(List<Long> ranking) {
        try {
            polls.vote(slug, pollId, ranking);
            Notifications.success("Ballot saved. You can change it until the poll closes.");
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().values().forEach(Notifications::error);
        } catch (NotPermittedException | ContentNotFoundException refused) {
            // The editor keeps the ranking; the message says why it was not taken.
            Notifications.error(refused.getMessage());
        }
    }

    private static Map<Long, String> titles(List<PollChoice> choices) {
        var titles = new LinkedHashMap<Long, String>();
        choices.forEach(c -> titles.put(c.id(), c.label()));
        return titles;
    }
}
