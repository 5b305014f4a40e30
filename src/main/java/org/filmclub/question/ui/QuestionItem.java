package org.filmclub.question.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.filmclub.base.ui.KeptFocus;
import org.filmclub.question.QuestionCard;
import org.filmclub.question.QuestionStatus;

/** One question on the board: its votes (a toggle), text, quoted passage, who asked, and the host's controls. */
class QuestionItem extends ListItem {

    interface Actions {
        void toggleVote(QuestionCard question);

        void discuss(QuestionCard question);

        void answer(QuestionCard question);

        void reopen(QuestionCard question);

        void pin(QuestionCard question, boolean pinned);

        void hide(QuestionCard question);

        void merge(QuestionCard question);

        /** Shows what else the club wrote near the question's moment. */
        void nearMoment(QuestionCard question);
    }

    private final QuestionCard question;
    private final boolean host;

    QuestionItem(QuestionCard question, long viewerId, boolean host, Actions actions) {
        this.question = question;
        this.host = host;
        addClassName("question");
        KeptFocus.item(this, Long.toString(question.id()));
        if (question.pinned()) {
            addClassName("pinned");
        }
        var voted = question.votedBy(viewerId);
        var vote = new Button("▲ " + question.votes(), e -> actions.toggleVote(question));
        vote.addClassName("vote");
        vote.addThemeVariants(
                ButtonVariant.LUMO_SMALL, voted ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        vote.getElement().setAttribute("aria-pressed", Boolean.toString(voted));
        // The name starts with what the button shows, as screen readers and voice control expect.
        vote.setAriaLabel(vote.getText()
                + (question.votes() == 1 ? " vote. " : " votes. ")
                + (voted ? "Take back your vote for: " : "Vote for: ")
                + question.text());
        vote.setEnabled(question.takesVotes());

        var body = new Div(new Paragraph(question.text()));
        body.addClassName("question-body");
        if (!question.quote().isEmpty()) {
            var quote = new Div(
                    new Span("“" + question.quote() + "”"), new Anchor(passageLink(question.quote()), "in the essay"));
            quote.addClassName("question-quote");
            body.add(quote);
        }
        var about = new Span(byline(question, viewerId, host));
        about.addClassName("question-meta");
        if (question.moment() != null) {
            var moment = new Span("⏱ " + question.moment().text());
            moment.addClassName("question-moment");
            // A button, so the keyboard reaches it as it reaches a message's moment.
            var near = new Button(moment, e -> actions.nearMoment(question));
            near.addClassName("question-moment-button");
            near.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            near.setAriaLabel("Film time " + question.moment().text() + ": show what was written near it");
            body.add(new Div(near, about));
        } else {
            body.add(about);
        }
        if (question.status() == QuestionStatus.HIDDEN) {
            var reason = new Span("Hidden by a host: " + question.hiddenReason());
            reason.addClassName("message-note");
            body.add(reason);
        }
        if (host) {
            body.add(hostControls(question, actions));
        }
        add(vote, body);
    }

    private static String byline(QuestionCard question, long viewerId, boolean host) {
        var who = !question.anonymous()
                ? question.author()
                : question.seenInFullBy(viewerId, host)
                        ? "anonymous member (" + question.author() + ")"
                        : "anonymous member";
        var flags = (question.pinned() ? " · pinned" : "");
        return "asked by " + who + flags;
    }

    /**
     * The host's controls: running the talk (discuss, answer, reopen) as separate inline actions, moderation
     * (pin, merge, hide) in a "⋯" menu, so the row stays short and wraps instead of running off a phone.
     */
    private static Div hostControls(QuestionCard question, Actions actions) {
        var row = new Div();
        row.addClassName("action-row");
        var more = new MenuBar();
        more.addClassName("more-actions");
        more.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        var root = more.addItem("⋯");
        root.setAriaLabel("More actions");
        more.setTooltipText(root, "More actions");
        var menu = root.getSubMenu();
        switch (question.status()) {
            case OPEN -> {
                row.add(
                        button("Discuss now", question, () -> actions.discuss(question)),
                        button("Mark answered", question, () -> actions.answer(question)));
                if (question.pinned()) {
                    menu.addItem("Unpin", e -> actions.pin(question, false));
                } else {
                    menu.addItem("Pin", e -> actions.pin(question, true));
                }
                menu.addItem("Merge…", e -> actions.merge(question));
                menu.addItem("Hide…", e -> actions.hide(question));
            }
            case DISCUSSING -> {
                row.add(button("Mark answered", question, () -> actions.answer(question)));
                menu.addItem("Hide…", e -> actions.hide(question));
            }
            case ANSWERED, HIDDEN -> row.add(button("Reopen", question, () -> actions.reopen(question)));
            default -> {}
        }
        if (!menu.getItems().isEmpty()) {
            row.add(more);
        }
        return row;
    }

    private static Button button(String text, QuestionCard question, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(text + ": " + question.text());
        return button;
    }

    /** A link that scrolls the essay to the quoted passage and marks it (a text fragment, which browsers understand). */
    static String passageLink(String quote) {
        var start = Arrays.stream(quote.strip().split("\\s+")).limit(8).collect(Collectors.joining(" "));
        return "#:~:text="
                + URLEncoder.encode(start, StandardCharsets.UTF_8)
                        .replace("+", "%20")
                        .replace("-", "%2D");
    }

    /** Whether this item already shows the question as it is now, to a viewer in this role. */
    boolean shows(QuestionCard now, boolean asHost) {
        return question.equals(now) && host == asHost;
    }

    long questionId() {
        return question.id();
    }
}
