package org.filmclub.question.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.filmclub.base.live.LiveBus;
import org.filmclub.base.ui.LiveUpdates;
import org.filmclub.discussion.DiscussionBanner;
import org.filmclub.film.FilmRef;
import org.filmclub.member.CurrentMember;
import org.filmclub.question.Board;
import org.filmclub.question.BoardChanged;
import org.filmclub.question.QuestionService;

/** Shows the question the club is discussing now at the top of the discussion, and follows the host's choice. */
@org.springframework.stereotype.Component
class NowDiscussingBanner implements DiscussionBanner {

    private final QuestionService questions;
    private final LiveBus bus;
    private final CurrentMember currentMember;

    NowDiscussingBanner(QuestionService questions, LiveBus bus, CurrentMember currentMember) {
        this.questions = questions;
        this.bus = bus;
        this.currentMember = currentMember;
    }

    @Override
    public Component create(FilmRef film) {
        var text = new Span();
        var banner = new Div(new Span("Now discussing: "), text);
        banner.addClassName("now-discussing-banner");
        banner.getElement().setAttribute("aria-live", "polite");
        var shown = new Board[1];
        var viewerId = currentMember.require().id();
        show(banner, text, questions.board(film.clubSlug(), film.id()), shown);
        LiveUpdates.follow(
                banner,
                bus,
                FilmRef.liveTopic(film.id()),
                BoardChanged.class,
                changed -> show(banner, text, changed.board().seenBy(viewerId), shown));
        return banner;
    }

    /** The question discussed now is never hidden, so every member may see its text; someone who left sees none. */
    private static void show(Div banner, Span text, Board board, Board[] shown) {
        if (board.isOlderThan(shown[0])) {
            return;
        }
        shown[0] = board;
        var now = board.discussing();
        banner.setVisible(now.isPresent());
        text.setText(now.map(q -> q.text()).orElse(""));
    }
}
