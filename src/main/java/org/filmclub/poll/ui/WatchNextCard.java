package org.filmclub.poll.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.ZoneId;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.ui.Confirm;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.Times;
import org.filmclub.poll.NominationCard;
import org.filmclub.poll.NominationService;
import org.filmclub.poll.PollService;
import org.filmclub.poll.PollSummary;

/** "What to watch next" on the club's home: open polls, then the nominations with what the member may do. */
class WatchNextCard extends Div {

    private final NominationService nominations;
    private final PollService polls;
    private final Clock clock;
    private final ZoneId zone;
    private final String slug;
    private final boolean host;

    WatchNextCard(
            NominationService nominations, PollService polls, Clock clock, ZoneId zone, String slug, boolean host) {
        this.nominations = nominations;
        this.polls = polls;
        this.clock = clock;
        this.zone = zone;
        this.slug = slug;
        this.host = host;
        addClassNames("card", "watch-next");
        render();
    }

    void render() {
        removeAll();
        var open = nominations.open(slug);
        var header = new Div(new H2("What to watch next"));
        header.addClassName("section-header");
        var nominate = new Button(
                "Nominate a film", VaadinIcon.PLUS.create(), e -> new NominateDialog(nominations, slug, this::render)
                        .open());
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        header.add(nominate);
        if (host) {
            header.add(new Button("Open a poll", VaadinIcon.LIST_OL.create(), e -> openPoll(open)));
        }
        add(header);
        var list = polls.polls(slug);
        if (!list.isEmpty()) {
            add(new H3("Polls"));
            var ul = new UnorderedList();
            ul.addClassName("poll-list");
            list.forEach(p -> ul.add(pollLine(p)));
            add(ul);
        }
        add(new H3("Nominations"));
        if (open.isEmpty()) {
            add(new Paragraph("Nothing nominated yet. Which film should the club watch?"));
        }
        var ul = new UnorderedList();
        ul.addClassName("nomination-list");
        open.forEach(n -> ul.add(nominationLine(n)));
        add(ul);
    }

    private ListItem pollLine(PollSummary p) {
        var link = new Anchor(PollView.path(slug, p.id()), p.title());
        var what = p.open()
                ? "closes " + Times.when(p.closesAt(), clock.instant(), zone) + " · " + ballots(p.ballots())
                        + (p.votedByMe() ? " · you voted" : "")
                : "closed" + (p.winner() == null ? ", no winner" : ": " + p.winner() + " won");
        var item = new ListItem(link, new Span(" — " + what));
        item.addClassName(p.open() ? "poll-open" : "poll-closed");
        return item;
    }

    private static String ballots(int n) {
        return n == 1 ? "1 ballot" : n + " ballots";
    }

    private ListItem nominationLine(NominationCard n) {
        var item = new ListItem();
        item.setId("nomination-" + n.id());
        item.addClassName("nomination");
        var name = new Span(n.label());
        name.addClassName("nomination-title");
        var meta = new Span(" · " + n.director() + " · " + n.runtimeMinutes() + " min · nominated by " + n.author()
                + " · " + (n.seconds() == 1 ? "1 second" : n.seconds() + " seconds"));
        meta.addClassName("nomination-meta");
        item.add(new Div(name, meta));
        if (!n.pitchHtml().isBlank()) {
            item.add(new Html(n.pitchHtml()));
        }
        var actions = new Div();
        actions.addClassName("actions");
        if (n.canSecond()) {
            var second = small(new Button("Second", e -> act(() -> nominations.second(slug, n.id()), "Seconded.")));
            second.getElement().setAttribute("aria-label", "Second " + n.label());
            actions.add(second);
        } else if (n.secondedByMe()) {
            actions.add(new Span("You seconded it"));
        }
        if (n.canWithdraw()) {
            var withdraw = small(new Button(
                    "Withdraw",
                    e -> Confirm.destructive(
                            "Withdraw " + n.label() + "?",
                            "It leaves the list; a poll that offers it keeps it.",
                            "Withdraw",
                            () -> act(() -> nominations.withdraw(slug, n.id()), "Withdrawn."))));
            withdraw.getElement().setAttribute("aria-label", "Withdraw " + n.label());
            actions.add(withdraw);
        }
        if (n.canArchive()) {
            var archive = small(new Button(
                    "Archive",
                    e -> Confirm.destructive(
                            "Archive " + n.label() + "?",
                            "It leaves the list; a poll that offers it keeps it.",
                            "Archive",
                            () -> act(() -> nominations.archive(slug, n.id()), "Archived."))));
            archive.getElement().setAttribute("aria-label", "Archive " + n.label());
            actions.add(archive);
        }
        item.add(actions);
        return item;
    }

    private static Button small(Button b) {
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notifications.success(done);
        } catch (NotPermittedException | ContentNotFoundException refused) {
            Notifications.error(refused.getMessage());
        }
        render();
    }

    private void openPoll(java.util.List<NominationCard> open) {
        if (open.size() < org.filmclub.poll.PollLimits.CHOICES_MIN) {
            Notifications.error("A poll needs at least two nominations; nominate more films first.");
            return;
        }
        new OpenPollDialog(polls, slug, open, zone, id -> getUI().ifPresent(ui -> ui.navigate(PollView.path(slug, id))))
                .open();
    }
}
