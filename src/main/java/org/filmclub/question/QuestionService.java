package org.filmclub.question;

import static org.filmclub.question.QuestionLimits.*;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.filmclub.base.ClientKey;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InputValidator;
import org.filmclub.base.MaxLength;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubMembership;
import org.filmclub.club.Role;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
import org.filmclub.watch.FilmClocks;
import org.filmclub.watch.Gate;
import org.filmclub.watch.Moment;
import org.filmclub.watch.ProgressService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A film's discussion questions. Every method acts as the current member and checks what they may
 * do; every change marks the film's board for a redraw, which open boards receive after the commit.
 * Host actions lock the club, so two hosts acting at once take turns and each sees the other's result.
 */
@Service
public class QuestionService {

    static final String NO_SUCH_QUESTION = "That question is no longer on this board.";

    private final QuestionRepository questions;
    private final Votes votes;
    private final ClubAccess access;
    private final FilmService films;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final InputValidator validator;
    private final ProgressService progress;

    private final List<FilmClocks> filmClocks;

    QuestionService(
            QuestionRepository questions,
            Votes votes,
            ClubAccess access,
            FilmService films,
            MemberService members,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager,
            InputValidator validator,
            ProgressService progress,
            List<FilmClocks> filmClocks) {
        this.progress = progress;
        this.filmClocks = filmClocks;
        this.questions = questions;
        this.votes = votes;
        this.access = access;
        this.films = films;
        this.members = members;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.validator = validator;
    }

    /**
     * The film's board as the current member may see it: by their role, and without the questions about later in
     * the film than their progress.
     */
    @Transactional(readOnly = true)
    public Board board(String slug, long filmId) {
        var membership = access.requireMember(slug);
        var film = films.filmIn(membership, filmId);
        return read(filmId, membership.clubId()).seenBy(membership.memberId()).gatedBy(progress.gate(membership, film));
    }

    /**
     * The same by role, for a board already open, found by the club's id, which stays when its address changes;
     * the screen passes it through its own {@link #gate}, which Reveal may have opened.
     */
    @Transactional(readOnly = true)
    public Board board(long clubId, long filmId) {
        var membership = access.requireMember(clubId);
        films.filmIn(membership, filmId);
        return read(filmId, membership.clubId()).seenBy(membership.memberId());
    }

    /**
     * The questions anchored near a moment ({@link Moment#isNear}), in film-time order, as the member sees the board
     * through their progress ({@code reveal} as their screen has it); hidden and merged ones left out, as on the
     * timeline.
     */
    @Transactional(readOnly = true)
    public List<QuestionCard> near(String slug, long filmId, Moment moment, boolean reveal) {
        var membership = access.requireMember(slug);
        var film = films.filmIn(membership, filmId);
        Moment.within(film, moment);
        var gate = progress.gate(membership, film);
        return read(filmId, membership.clubId())
                .seenBy(membership.memberId())
                .gatedBy(reveal ? gate.reveal() : gate)
                .questions()
                .stream()
                .filter(q -> q.moment() != null && q.moment().isNear(moment))
                .filter(q -> q.status() != QuestionStatus.HIDDEN && q.status() != QuestionStatus.MERGED)
                .sorted(java.util.Comparator.comparing(QuestionCard::moment).thenComparing(QuestionCard::id))
                .toList();
    }

    /** What the current member's progress through the film lets a board show them. */
    @Transactional(readOnly = true)
    public Gate gate(long clubId, long filmId) {
        var membership = access.requireMember(clubId);
        return progress.gate(membership, films.filmIn(membership, filmId));
    }

    /**
     * Puts a question on the board. Unless {@code evenIfSimilar}, a question much like an open one is
     * refused with {@link SimilarQuestionException}, so the member can vote for that one instead.
     * Proposing the same {@code clientKey} twice stores it once.
     */
    @Transactional
    public long propose(String slug, long filmId, Proposal input, boolean evenIfSimilar, String clientKey) {
        return propose(slug, filmId, input, evenIfSimilar, clientKey, null);
    }

    /**
     * The same, anchored at a film time: the moment in the film the question is about, typed by its author or
     * taken from a film clock that runs for its author (a live screening's, or their own as they watch along).
     * A moment past the film's end is refused; with no moment and no clock it is anchored to nothing.
     */
    @Transactional
    public long propose(
            String slug, long filmId, Proposal input, boolean evenIfSimilar, String clientKey, Moment moment) {
        var membership = access.requireMember(slug);
        var film = films.filmIn(membership, filmId);
        var me = membership.memberId();
        var already = questions.findByAuthorIdAndClientKey(me, ClientKey.require(clientKey));
        if (already.isPresent()) {
            return already.get().getId();
        }
        var proposal = validator.check(input);
        var at = FilmClocks.stamp(filmClocks, film, me, moment);
        FLOOD.check(
                questions.countByAuthorIdAndCreatedAtAfter(me, FLOOD.since(clock)),
                "text",
                "questions",
                " Your question is still in the box.");
        if (!evenIfSimilar) {
            var similar = read(filmId, membership.clubId()).seenBy(me).questions().stream()
                    .filter(q -> q.takesVotes() && Similarity.alike(q.text(), proposal.text()))
                    .toList();
            if (!similar.isEmpty()) {
                throw new SimilarQuestionException(similar);
            }
        }
        var saved = questions.save(new Question(
                filmId,
                me,
                proposal.text(),
                proposal.anonymous(),
                proposal.quote().isEmpty() ? null : proposal.quote(),
                clientKey,
                clock.instant(),
                at));
        changed(filmId, membership);
        return saved.getId();
    }

    /** One vote per member per question, however often it is sent. @return whether this added the vote */
    public boolean vote(String slug, long questionId) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                var membership = access.requireMember(slug);
                var question = votable(membership, questionId);
                var added = votes.add(questionId, membership.memberId(), clock.instant());
                if (added) {
                    changed(question.filmId(), membership);
                }
                return added;
            }));
        } catch (DataIntegrityViolationException sameVoteAtTheSameMoment) {
            // The same member's other request stored this vote first: one vote, as it should be.
            return false;
        }
    }

    /** Takes the member's vote back. @return whether there was one */
    @Transactional
    public boolean unvote(String slug, long questionId) {
        var membership = access.requireMember(slug);
        var question = votable(membership, questionId);
        var removed = votes.remove(questionId, membership.memberId());
        if (removed) {
            changed(question.filmId(), membership);
        }
        return removed;
    }

    /** The host's "now discussing": one question per film at a time; the previous one goes back to open. */
    @Transactional
    public void discuss(String slug, long questionId) {
        var membership = access.requireHostLocked(slug, "choose what the club discusses");
        var question = inClub(membership, questionId);
        question.discuss();
        questions.findByFilmIdAndStatus(question.filmId(), QuestionStatus.DISCUSSING).stream()
                .filter(other -> other != question)
                .forEach(Question::stopDiscussing);
        changed(question.filmId(), membership);
    }

    /** The host marks a question answered; it moves to the answered list and takes no more votes. */
    @Transactional
    public void answer(String slug, long questionId) {
        var membership = access.requireHostLocked(slug, "mark questions answered");
        var question = inClub(membership, questionId);
        question.markAnswered(clock.instant());
        changed(question.filmId(), membership);
    }

    /** The host brings an answered or hidden question back to the open list. */
    @Transactional
    public void reopen(String slug, long questionId) {
        var membership = access.requireHostLocked(slug, "reopen questions");
        var question = inClub(membership, questionId);
        question.reopen();
        changed(question.filmId(), membership);
    }

    /** The host hides a question from the club; its author sees it with the reason. */
    @Transactional
    public void hide(String slug, long questionId, String reason) {
        var membership = access.requireHostLocked(slug, "hide questions");
        var question = inClub(membership, questionId);
        question.hide(validator.check(new HideReason(reason)).reason());
        changed(question.filmId(), membership);
    }

    /**
     * The host folds a duplicate into another question of the same film: the target gets every vote
     * of the duplicate it did not have, so a member who voted for both counts once.
     */
    @Transactional
    public void merge(String slug, long duplicateId, long intoId) {
        var membership = access.requireHostLocked(slug, "merge questions");
        var duplicate = inClub(membership, duplicateId);
        var into = inClub(membership, intoId);
        duplicate.mergeInto(into);
        votes.merge(duplicateId, intoId);
        changed(into.filmId(), membership);
    }

    /** The host pins a question to the top of the board; one per film, so pinning one unpins the other. */
    @Transactional
    public void pin(String slug, long questionId, boolean pinned) {
        var membership = access.requireHostLocked(slug, "pin questions");
        var question = inClub(membership, questionId);
        if (!pinned) {
            question.unpin();
        } else {
            question.pin();
            questions.findByFilmIdAndPinnedTrue(question.filmId()).stream()
                    .filter(other -> other != question)
                    .forEach(Question::unpin);
        }
        changed(question.filmId(), membership);
    }

    /** The questions of a film a host marked answered between two moments, such as during a screening, in that order. */
    @Transactional(readOnly = true)
    public List<String> answeredBetween(String slug, long filmId, java.time.Instant from, java.time.Instant to) {
        films.filmIn(access.requireMember(slug), filmId);
        return questions.findByFilmIdAndStatus(filmId, QuestionStatus.ANSWERED).stream()
                .filter(q -> q.answeredAt() != null
                        && !q.answeredAt().isBefore(from)
                        && !q.answeredAt().isAfter(to))
                .sorted(java.util.Comparator.comparing(Question::answeredAt))
                .map(Question::text)
                .toList();
    }

    /**
     * Everything on a film's board, for everyone at once; each screen then shows it as its member may
     * see it. Runs inside a transaction, whose start dates the snapshot.
     */
    Board read(long filmId, long clubId) {
        var readAt = votes.transactionStart();
        var roles = access.currentRoles(clubId);
        var current = roles.keySet();
        var hosts = roles.entrySet().stream()
                .filter(e -> e.getValue() == Role.HOST)
                .map(java.util.Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        var voters = votes.votersByQuestion(filmId);
        var all = questions.findByFilmIdOrderByCreatedAtAscIdAsc(filmId).stream()
                .filter(q -> q.status() != QuestionStatus.MERGED)
                .toList();
        var authors = new HashSet<Long>();
        all.forEach(q -> authors.add(q.authorId()));
        var profiles = members.profiles(authors);
        return new Board(
                filmId,
                all.stream()
                        .map(q -> {
                            var counted = new HashSet<>(voters.getOrDefault(q.getId(), java.util.Set.of()));
                            counted.retainAll(current);
                            var author = profiles.get(q.authorId());
                            return new QuestionCard(
                                    q.getId(),
                                    q.text(),
                                    q.authorId(),
                                    MemberProfile.nameOf(author),
                                    q.anonymous(),
                                    q.quote() == null ? "" : q.quote(),
                                    q.status(),
                                    q.hiddenReason() == null ? "" : q.hiddenReason(),
                                    q.pinned(),
                                    java.util.Set.copyOf(counted),
                                    q.createdAt(),
                                    q.moment());
                        })
                        .toList(),
                readAt,
                Set.copyOf(current),
                hosts);
    }

    private void changed(long filmId, ClubMembership membership) {
        events.publishEvent(new QuestionsChanged(filmId, membership.clubId()));
    }

    private Question votable(ClubMembership membership, long questionId) {
        var question = inClub(membership, questionId);
        question.requireTakesVotes();
        return question;
    }

    /** The question, if it is on a board of the member's club; any other looks as if it did not exist. */
    private Question inClub(ClubMembership membership, long questionId) {
        var question = questions.findById(questionId).orElseThrow(() -> new ContentNotFoundException(NO_SUCH_QUESTION));
        films.filmIn(membership, question.filmId());
        if (question.status() == QuestionStatus.HIDDEN && !question.seenInFullBy(membership)) {
            throw new ContentNotFoundException(NO_SUCH_QUESTION);
        }
        return question;
    }

    /**
     * What a member proposes: the question, whether to hide their name, and an optional quoted passage.
     * Trimmed, with no passage as an empty one, so the rules see what will be stored.
     */
    public record Proposal(
            @NotEmpty(message = "Write the question first.")
                    @MaxLength(value = TEXT_MAX, message = "A question can be at most %d characters; this one has %d.")
                    String text,
            boolean anonymous,
            @Size(max = QUOTE_MAX, message = "Quote at most " + QUOTE_MAX + " characters of the essay.") String quote) {

        public Proposal {
            text = strip(text);
            quote = strip(quote);
        }
    }

    /** Why a host hides a question, which its author will read; trimmed. */
    record HideReason(
            @NotEmpty(message = "Say why, so its author understands.")
                    @Size(max = REASON_MAX, message = "At most " + REASON_MAX + " characters")
                    String reason) {

        HideReason {
            reason = strip(reason);
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
