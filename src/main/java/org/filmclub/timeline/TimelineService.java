package org.filmclub.timeline;

import java.util.List;
import org.filmclub.club.ClubAccess;
import org.filmclub.discussion.AnchoredMessages;
import org.filmclub.discussion.ChatMessage;
import org.filmclub.film.FilmService;
import org.filmclub.question.Board;
import org.filmclub.question.QuestionCard;
import org.filmclub.question.QuestionService;
import org.filmclub.question.QuestionStatus;
import org.filmclub.watch.Moment;
import org.filmclub.watch.Progress;
import org.filmclub.watch.ProgressService;
import org.springframework.stereotype.Service;

/**
 * A film's timeline for the current member, and what was said in one stretch of it. Both show only what
 * the member's progress through the film lets them see, as the discussion and the question board do: the
 * counts too, so the strip gives away nothing about the part of the film they have not reached.
 */
@Service
public class TimelineService {

    private final ClubAccess access;
    private final FilmService films;
    private final ProgressService progress;
    private final AnchoredMessages messages;
    private final QuestionService questions;

    TimelineService(
            ClubAccess access,
            FilmService films,
            ProgressService progress,
            AnchoredMessages messages,
            QuestionService questions) {
        this.access = access;
        this.films = films;
        this.progress = progress;
        this.messages = messages;
        this.questions = questions;
    }

    /** What was said in a stretch: messages in the order of their moments, then the questions. */
    public record Said(Timeline.Stretch stretch, List<ChatMessage> messages, List<QuestionCard> questions) {
        public boolean isEmpty() {
            return messages.isEmpty() && questions.isEmpty();
        }
    }

    public Timeline timeline(String slug, long filmId) {
        var membership = access.requireMember(slug);
        var film = films.filmIn(membership, filmId);
        var own = progress.gate(membership, film).progress();
        var asked = anchoredQuestions(questions.board(slug, filmId));
        var discussed = asked.stream()
                .filter(q -> q.status() == QuestionStatus.DISCUSSING || q.status() == QuestionStatus.ANSWERED)
                .map(QuestionCard::moment)
                .sorted()
                .toList();
        return Timeline.of(
                film.runtimeMinutes(),
                messages.moments(slug, filmId),
                asked.stream().map(QuestionCard::moment).toList(),
                own.stage() == Progress.Stage.AT ? own.upTo() : null,
                discussed);
    }

    /** What was said in the stretch of the timeline that holds {@code moment}. */
    public Said said(String slug, long filmId, Moment moment) {
        var stretch = timeline(slug, filmId).stretchAt(moment);
        var said = messages.between(slug, filmId, stretch.start(), stretch.end());
        var asked = anchoredQuestions(questions.board(slug, filmId)).stream()
                .filter(q -> stretch.holds(q.moment()))
                .sorted(java.util.Comparator.comparing(QuestionCard::moment))
                .toList();
        return new Said(stretch, said, asked);
    }

    /** The questions on the board as the member sees it that are anchored, merged and hidden ones left out. */
    private static List<QuestionCard> anchoredQuestions(Board board) {
        return board.questions().stream()
                .filter(q -> q.moment() != null)
                .filter(q -> q.status() != QuestionStatus.HIDDEN && q.status() != QuestionStatus.MERGED)
                .toList();
    }
}
