package org.filmclub.question.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.DialogActions;
import org.filmclub.base.ui.KeptFocus;
import org.filmclub.base.ui.LiveUpdates;
import org.filmclub.base.ui.Notifications;
import org.filmclub.base.ui.TakesPassage;
import org.filmclub.club.MembershipEnded;
import org.filmclub.club.RoleChanged;
import org.filmclub.discussion.DiscussionService;
import org.filmclub.discussion.ui.NearMomentDialog;
import org.filmclub.film.FilmRef;
import org.filmclub.question.Board;
import org.filmclub.question.BoardChanged;
import org.filmclub.question.QuestionCard;
import org.filmclub.question.QuestionLimits;
import org.filmclub.question.QuestionService;
import org.filmclub.watch.Gate;
import org.filmclub.watch.ProgressChanged;
import org.filmclub.watch.ui.HeldBack;

/**
 * A film's question board: the question now discussed on top, the open ones by votes or newest, then
 * the answered ones. It redraws when the board changes anywhere, at most a few times a second.
 */
class QuestionBoard extends Section implements QuestionItem.Actions, TakesPassage {

    static final String MOST_VOTES = "Most votes";
    static final String NEWEST = "Newest";
    private final QuestionService questions;
    private final DiscussionService discussion;
    private final String slug;
    private final long clubId;
    private final long filmId;
    private final long viewerId;
    /** Whether the viewer is a host, as of the latest board shown: a member promoted or demoted meanwhile sees it change. */
    private boolean host;

    private final Div now = new Div();
    private final UnorderedList open = new UnorderedList();
    private final Details answered = new Details();
    private final Details hidden = new Details();
    private final Paragraph empty = new Paragraph("No questions yet. What should the club talk about?");
    final RadioButtonGroup<String> order = new RadioButtonGroup<>();
    private Board board;
    /** The latest snapshot by role, before the gate: what Reveal or a new progress shows again without a read. */
    private Board byRole;
    /** What the member's progress lets this board show; opened with it, changed by progress or Reveal. */
    private Gate gate;

    private final HeldBack heldBack = new HeldBack("question", "questions", this::reveal);

    QuestionBoard(
            QuestionService questions,
            DiscussionService discussion,
            LiveBus bus,
            String slug,
            long clubId,
            long filmId,
            long viewerId) {
        this.questions = questions;
        this.discussion = discussion;
        this.slug = slug;
        this.clubId = clubId;
        this.filmId = filmId;
        this.viewerId = viewerId;
        addClassNames("card", "question-board");
        var ask = new Button("Ask a question", e -> propose(""));
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Shown by the page's layout only while a passage of an essay is selected (see ReadingLayout).
        var askAboutPassage = new Button("Ask about the selected passage", e -> getElement()
                .executeJs("const page = this.closest('[data-passage]'); return page ? page.passage : ''")
                .then(String.class, this::proposeFromEssay));
        askAboutPassage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        askAboutPassage.addClassName("ask-passage");
        var asking = new Div(ask, askAboutPassage);
        asking.addClassName("actions");
        var header = new Div(new H2("Questions"), asking);
        header.addClassName("section-header");
        order.setItems(MOST_VOTES, NEWEST);
        order.setValue(MOST_VOTES);
        order.setAriaLabel("Order of open questions");
        order.addValueChangeListener(e -> render());
        empty.addClassName("empty-state");
        now.addClassName("now-discussing-slot");
        open.addClassName("questions");
        answered.addClassName("answered");
        hidden.addClassName("hidden-questions");
        add(header, heldBack, now, order, empty, open, answered, hidden);
        KeptFocus.follow(this);
        gate = questions.gate(clubId, filmId);
        refresh();
        LiveUpdates.follow(this, bus, FilmRef.liveTopic(filmId), ProgressChanged.class, changed -> {
            if (changed.memberId() == viewerId && !changed.progress().equals(gate.progress())) {
                gate = new Gate(viewerId, changed.progress(), false);
                regate();
            }
        });
        LiveUpdates.follow(this, bus, FilmRef.liveTopic(filmId), BoardChanged.class, changed -> show(changed.board()));
        // Promoted or demoted: the board is read anew, dated after the change, so no snapshot from before it (when
        // the viewer had the old role) can replace it.
        LiveUpdates.follow(this, bus, MembershipEnded.topic(viewerId), RoleChanged.class, changed -> {
            if (changed.clubId() == clubId) {
                refresh();
            }
        });
    }

    private void refresh() {
        try {
            show(questions.board(clubId, filmId));
        } catch (ContentNotFoundException | NotPermittedException gone) {
            // No longer in the club, or the film is gone: the page is closing; keep nothing the member may not see.
            board = new Board(filmId, List.of(), board == null ? Instant.EPOCH : board.readAt(), Set.of(), Set.of());
            byRole = board;
            heldBack.show(0);
            host = false;
            render();
        }
    }

    /**
     * Shows a snapshot of the board, as the viewer may see it by their role when it was read. The snapshot is
     * the same for every screen; a screen whose part of it did not change sends nothing to its browser.
     */
    private void show(Board everyone) {
        if (everyone.isOlderThan(board)) {
            return;
        }
        byRole = everyone.seenBy(viewerId);
        var seen = byRole.gatedBy(gate);
        var wasHost = host;
        host = everyone.hostIs(viewerId);
        var unchanged = board != null && host == wasHost && seen.questions().equals(board.questions());
        board = seen;
        // Questions about later in the film than the member has watched stay on the server, counted.
        heldBack.show(byRole.questions().size() - seen.questions().size());
        if (!unchanged) {
            render();
        }
    }

    /** Reveal: this board shows what it held back, until the page is opened again. */
    private void reveal() {
        gate = gate.reveal();
        regate();
    }

    private void regate() {
        board = byRole.gatedBy(gate);
        heldBack.show(byRole.questions().size() - board.questions().size());
        render();
    }

    private void render() {
        now.removeAll();
        board.discussing().ifPresent(q -> {
            var list = new UnorderedList(new QuestionItem(q, viewerId, host, this));
            list.addClassNames("questions", "now-discussing");
            now.add(new Paragraph("Now discussing"), list);
        });
        var openQuestions = board.open(NEWEST.equals(order.getValue()) ? Board.NEWEST : Board.BY_VOTES);
        keepWhatIsUnchanged(openQuestions);
        empty.setVisible(openQuestions.isEmpty() && board.discussing().isEmpty());
        fill(answered, "Answered", board.answered());
        fill(hidden, "Hidden", board.hidden());
        KeptFocus.restore(this);
    }

    /**
     * Shows the open questions, keeping each item whose question did not change, so that a redraw for a vote
     * elsewhere on the board leaves alone what the member is doing on another question (an open "⋯" menu, the
     * focus on a button). Only the changed items are drawn again, and only the items out of place are moved: a
     * question asked elsewhere is added without touching the others.
     */
    private void keepWhatIsUnchanged(List<QuestionCard> cards) {
        var byId = new java.util.HashMap<Long, QuestionItem>();
        open.getChildren().map(QuestionItem.class::cast).forEach(item -> byId.put(item.questionId(), item));
        var items = cards.stream()
                .map(q -> {
                    var old = byId.get(q.id());
                    return old != null && old.shows(q, host) ? old : new QuestionItem(q, viewerId, host, this);
                })
                .toList();
        var kept = Set.copyOf(items);
        byId.values().stream().filter(item -> !kept.contains(item)).forEach(open::remove);
        var list = open.getElement();
        for (var i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (list.getChildCount() <= i || !list.getChild(i).equals(item.getElement())) {
                item.getParent().ifPresent(parent -> open.remove(item));
                open.addComponentAtIndex(i, item);
            }
        }
    }

    private void fill(Details details, String title, List<QuestionCard> cards) {
        details.setSummaryText(title + " (" + cards.size() + ")");
        details.removeAll();
        var list = new UnorderedList();
        list.addClassName("questions");
        cards.forEach(q -> list.add(new QuestionItem(q, viewerId, host, this)));
        details.add(list);
        details.setVisible(!cards.isEmpty());
    }

    private void proposeFromEssay(String passage) {
        if (passage.isBlank()) {
            Notifications.error("First select a few words of an essay on this page.");
            return;
        }
        var quote =
                passage.length() > QuestionLimits.QUOTE_MAX ? passage.substring(0, QuestionLimits.QUOTE_MAX) : passage;
        propose(quote);
    }

    @Override
    public String passageAction() {
        return "Ask about this";
    }

    @Override
    public void takePassage(String passage) {
        proposeFromEssay(passage);
    }

    private void propose(String quote) {
        new ProposeDialog(questions, slug, filmId, quote, this::vote, this::refresh).open();
    }

    private void vote(QuestionCard question) {
        act(() -> questions.vote(slug, question.id()));
    }

    @Override
    public void toggleVote(QuestionCard question) {
        act(() -> {
            if (question.votedBy(viewerId)) {
                questions.unvote(slug, question.id());
            } else {
                questions.vote(slug, question.id());
            }
        });
    }

    @Override
    public void discuss(QuestionCard question) {
        act(() -> questions.discuss(slug, question.id()));
    }

    @Override
    public void answer(QuestionCard question) {
        act(() -> questions.answer(slug, question.id()));
    }

    @Override
    public void reopen(QuestionCard question) {
        act(() -> questions.reopen(slug, question.id()));
    }

    @Override
    public void pin(QuestionCard question, boolean pinned) {
        act(() -> questions.pin(slug, question.id(), pinned));
    }

    @Override
    public void hide(QuestionCard question) {
        var reason = new TextField("Why hide it? Its author will see this.");
        reason.setMaxLength(QuestionLimits.REASON_MAX);
        reason.setWidthFull();
        var dialog = new Dialog("Hide this question?", reason);
        dialog.setWidth("min(32rem, 100vw)");
        var confirm = new Button("Hide", e -> {
            try {
                questions.hide(slug, question.id(), reason.getValue());
                dialog.close();
                refresh();
            } catch (InvalidInputException invalid) {
                reason.setErrorMessage(invalid.getMessage());
                reason.setInvalid(true);
            } catch (ContentNotFoundException | NotPermittedException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        DialogActions.cancelOr(dialog, confirm);
        dialog.open();
    }

    @Override
    public void nearMoment(QuestionCard question) {
        try {
            new NearMomentDialog(discussion.nearMoment(slug, filmId, question.moment(), gate.revealed())).open();
        } catch (ContentNotFoundException | NotPermittedException | InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }

    @Override
    public void merge(QuestionCard question) {
        var targets = board.questions().stream()
                .filter(q -> q.id() != question.id()
                        && (q.takesVotes() || q.status() == org.filmclub.question.QuestionStatus.ANSWERED))
                .toList();
        if (targets.isEmpty()) {
            Notifications.error("There is no other question to merge it into.");
            return;
        }
        var into = new Select<QuestionCard>();
        into.setLabel("Merge into");
        into.setItems(targets);
        into.setItemLabelGenerator(QuestionCard::text);
        into.setWidthFull();
        var dialog = new Dialog(
                "Merge a duplicate",
                new Paragraph("“" + question.text() + "” goes away; its votes "
                        + "move to the question you choose, counting each member once."),
                into);
        dialog.setWidth("min(36rem, 100vw)");
        var confirm = new Button("Merge", e -> {
            if (into.getValue() == null) {
                into.setErrorMessage("Choose the question to keep");
                into.setInvalid(true);
                return;
            }
            dialog.close();
            act(() -> questions.merge(slug, question.id(), into.getValue().id()));
        });
        DialogActions.cancelOr(dialog, confirm);
        dialog.open();
    }

    /** Runs one service call, shows a refusal as a message, and redraws this board at once. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (ContentNotFoundException | NotPermittedException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }
}
