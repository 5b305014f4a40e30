package org.filmclub.film;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.NotPermittedException;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubMembership;
import org.filmclub.markdown.MarkdownRenderer;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing essays: drafts saved as the member types, publishing, revisions and restoring them.
 * Every method acts as the current member and checks what they may do.
 */
@Service
public class EssayService {

    static final String NO_SUCH_ESSAY =
            "This essay or its film is no longer in the club. Your text is still here: copy it to keep it.";
    static final String EMPTY = "Write something before publishing.";

    private final EssayRepository essays;
    private final EssayRevisionRepository revisions;
    private final EssayDraftRepository drafts;
    private final FilmService films;
    private final ClubAccess access;
    private final MemberService members;
    private final MarkdownRenderer renderer;
    private final StoredEssays stored;
    private final EssayFolds folds;
    private final Clock clock;

    EssayService(
            EssayRepository essays,
            EssayRevisionRepository revisions,
            EssayDraftRepository drafts,
            FilmService films,
            ClubAccess access,
            MemberService members,
            MarkdownRenderer renderer,
            StoredEssays stored,
            EssayFolds folds,
            Clock clock) {
        this.essays = essays;
        this.revisions = revisions;
        this.drafts = drafts;
        this.films = films;
        this.access = access;
        this.members = members;
        this.renderer = renderer;
        this.stored = stored;
        this.folds = folds;
        this.clock = clock;
    }

    /** The member's unpublished essay on this film, started now if there is none. */
    @Transactional
    public long start(String slug, long filmId) {
        var membership = access.requireMember(slug);
        films.film(membership, filmId);
        return essays.findFirstByFilmIdAndAuthorIdAndPublishedAtIsNull(filmId, membership.memberId())
                .orElseGet(() -> essays.save(new Essay(filmId, membership.memberId(), clock.instant())))
                .getId();
    }

    @Transactional(readOnly = true)
    public EssayEditing open(String slug, long filmId, long essayId) {
        var membership = access.requireMember(slug);
        var film = films.film(membership, filmId);
        var essay = editable(membership, essayId, false);
        if (essay.filmId() != filmId) {
            throw new ContentNotFoundException(NO_SUCH_ESSAY);
        }
        var author =
                MemberProfile.nameOf(members.profiles(List.of(essay.authorId())).get(essay.authorId()));
        var mine = essay.authorId() == membership.memberId();
        var draft = drafts.findByEssayIdAndMemberId(essayId, membership.memberId());
        // What the member left unpublished, or else the current revision.
        var body = draft.map(EssayDraft::body).orElseGet(() -> revisions
                .findByEssayIdAndNumber(essayId, essay.revision())
                .map(EssayRevision::body)
                .orElse(""));
        return new EssayEditing(
                essayId,
                filmId,
                film.title(),
                author,
                mine,
                essay.isPublished(),
                body,
                draft.map(EssayDraft::discussesEnding).orElse(essay.discussesEnding()),
                draft.map(EssayDraft::baseRevision).orElse(essay.revision()),
                draft.map(EssayDraft::savedAt));
    }

    /** Keeps what the member typed so that a reload or a lost connection loses nothing; the ending mark stays. */
    @Transactional
    public Instant saveDraft(String slug, long essayId, String body, int baseRevision) {
        return saveDraft(slug, essayId, body, baseRevision, null);
    }

    /**
     * Keeps what the member typed, and whether they marked it as discussing the ending, so that a reload or a lost
     * connection loses nothing.
     *
     * @param discussesEnding the mark as the member left it; null keeps the draft's, or else the essay's
     */
    @Transactional
    public Instant saveDraft(String slug, long essayId, String body, int baseRevision, Boolean discussesEnding) {
        var membership = access.requireMember(slug);
        var essay = editable(membership, essayId, false);
        var text = body == null ? "" : body;
        checkLength(text);
        var kept = drafts.findByEssayIdAndMemberId(essayId, membership.memberId());
        var ending = discussesEnding != null
                ? discussesEnding.booleanValue()
                : kept.map(EssayDraft::discussesEnding).orElse(essay.discussesEnding());
        var draft = kept.orElseGet(() -> new EssayDraft(essayId, membership.memberId()));
        var now = clock.instant();
        draft.update(text, baseRevision, ending, now);
        drafts.save(draft);
        return now;
    }

    /** Throws away the member's draft; an essay never published goes with it. */
    @Transactional
    public void discardDraft(String slug, long essayId) {
        var membership = access.requireMember(slug);
        var essay = editable(membership, essayId, true);
        drafts.deleteDraft(essayId, membership.memberId());
        if (!essay.isPublished()) {
            essays.delete(essay);
        }
    }

    /**
     * Saves the text as the essay's next revision, published for the club to read, with the HTML it renders to:
     * a text that asks more of the renderer than {@link FilmLimits} allow is refused and nothing is saved.
     *
     * @param baseRevision the revision the member started from; if someone has saved since, nothing is
     *                     written and {@link EditConflictException} says who and when
     * @return the new revision's number
     */
    @Transactional
    public int publish(String slug, long essayId, String body, int baseRevision) {
        return publish(slug, essayId, body, baseRevision, null);
    }

    /**
     * Publishes as {@link #publish(String, long, String, int)} does, marking the essay as discussing the ending, or
     * not, with the same revision: only those who may edit the essay set the mark.
     *
     * @param discussesEnding whether the essay discusses the ending; null keeps its mark as it is
     */
    @Transactional
    public int publish(String slug, long essayId, String body, int baseRevision, Boolean discussesEnding) {
        var membership = access.requireMember(slug);
        checkBody(body);
        // Before the essay is locked, so that a slow render never holds up its other editors.
        var html = renderer.essay(essayId, baseRevision + 1, body);
        var essay = editable(membership, essayId, true);
        if (essay.revision() != baseRevision) {
            var latest =
                    revisions.findByEssayIdAndNumber(essayId, essay.revision()).orElseThrow();
            var who = MemberProfile.nameOf(
                    members.profiles(List.of(latest.editedBy())).get(latest.editedBy()));
            throw new EditConflictException(who, latest.createdAt(), essay.revision());
        }
        if (discussesEnding != null) {
            essay.markEnding(discussesEnding);
        }
        var number = addRevision(essay, body, html, membership.memberId(), null);
        drafts.deleteDraft(essayId, membership.memberId());
        return number;
    }

    @Transactional(readOnly = true)
    public List<RevisionInfo> revisions(String slug, long essayId) {
        var membership = access.requireMember(slug);
        var essay = visible(membership, essayId, false);
        var all = revisions.findByEssayIdOrderByNumberDesc(essayId);
        var editors = new HashSet<Long>();
        all.forEach(r -> editors.add(r.editedBy()));
        var profiles = members.profiles(editors);
        return all.stream()
                .map(r -> new RevisionInfo(
                        r.number(),
                        MemberProfile.nameOf(profiles.get(r.editedBy())),
                        r.createdAt(),
                        r.restoredFrom(),
                        r.number() == essay.revision()))
                .toList();
    }

    /**
     * One revision, rendered and sanitised, for reading an essay's history; empty if it cannot be shown. An essay on
     * the ending is refused to a reader it is folded for, with the reason.
     */
    @Transactional(readOnly = true)
    public String revisionHtml(String slug, long essayId, int number) {
        return revisionHtml(slug, essayId, number, false);
    }

    /**
     * One revision as {@link #revisionHtml(String, long, int)} gives it.
     *
     * @param reveal the member pressed Reveal on this screen: an essay on the ending shows though they have not
     *     finished the film
     * @throws EndingFoldedException for an essay on the ending that is folded for this reader and not revealed
     */
    @Transactional(readOnly = true)
    public String revisionHtml(String slug, long essayId, int number, boolean reveal) {
        var membership = access.requireMember(slug);
        var essay = visible(membership, essayId, false);
        if (!reveal && folds.folded(membership.memberId(), essay.filmId(), essay.authorId(), essay.discussesEnding())) {
            throw new EndingFoldedException(EssayCard.FOLDED);
        }
        var revision = revisions
                .findByEssayIdAndNumber(essayId, number)
                .orElseThrow(() -> new ContentNotFoundException("There is no such revision of this essay."));
        return stored.shown(revision.getId(), revision.html()).html();
    }

    /**
     * Makes an older revision's text current again, as a new revision, so nothing in the history is lost. A text
     * saved before today's limits that exceeds them is refused, as it would be if published now.
     */
    @Transactional
    public int restore(String slug, long essayId, int number) {
        var membership = access.requireMember(slug);
        var essay = editable(membership, essayId, true);
        var old = revisions
                .findByEssayIdAndNumber(essayId, number)
                .orElseThrow(() -> new ContentNotFoundException("There is no such revision of this essay."));
        if (number == essay.revision()) {
            throw new NotPermittedException("Revision " + number + " is already the current text.");
        }
        var html = renderer.essay(essayId, essay.revision() + 1, old.body());
        return addRevision(essay, old.body(), html, membership.memberId(), number);
    }

    /** The author or a host removes a published essay with its history. */
    @Transactional
    public void delete(String slug, long essayId) {
        var membership = access.requireMember(slug);
        essays.delete(editable(membership, essayId, true));
    }

    /**
     * The editor's live preview, with the limits of publishing, rendered away from the caller's thread: it
     * completes with the HTML, or exceptionally with an {@link InvalidInputException} saying why the text cannot
     * be shown, within {@link org.filmclub.markdown.MarkdownLimits#ESSAY_RENDER_TIME}. Not stored, as it changes with every keystroke.
     */
    public java.util.concurrent.CompletableFuture<String> preview(String markdown) {
        return renderer.previewLater(
                markdown.length() > FilmLimits.ESSAY_MAX ? markdown.substring(0, FilmLimits.ESSAY_MAX) : markdown);
    }

    /**
     * The Markdown for an uploaded or pasted essay: Markdown files as they are, anything else read as
     * plain text whose blank-line-separated paragraphs become Markdown paragraphs.
     */
    public String fromFile(byte[] content, String fileName) {
        if (content.length > FilmLimits.IMPORT_MAX_BYTES) {
            throw InvalidInputException.of(
                    "body",
                    String.format(
                            "That file is %,d KB; an essay can be at most %,d KB.",
                            (content.length + 1023) / 1024, FilmLimits.IMPORT_MAX_BYTES / 1024));
        }
        var text = PlainTextImport.decodeUtf8(content);
        var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") ? text : PlainTextImport.toMarkdown(text);
    }

    /** Pasted text: Markdown as it is, plain text with its paragraphs made into Markdown paragraphs. */
    public String fromPaste(String text, boolean plainText) {
        var pasted = text == null ? "" : text;
        checkLength(pasted);
        return plainText ? PlainTextImport.toMarkdown(pasted) : pasted;
    }

    private int addRevision(Essay essay, String body, String html, long editor, Integer restoredFrom) {
        var now = clock.instant();
        var number = essay.revision() + 1;
        revisions.save(new EssayRevision(essay.getId(), number, body, html, editor, restoredFrom, now));
        essay.advanceTo(number, now);
        return number;
    }

    /** The essay if the member may see it: it is in their club and published, or it is their own. */
    private Essay visible(ClubMembership membership, long essayId, boolean lock) {
        var essay = (lock ? essays.lockById(essayId) : essays.findById(essayId))
                .orElseThrow(() -> new ContentNotFoundException(NO_SUCH_ESSAY));
        films.film(membership, essay.filmId());
        if (!essay.isPublished() && essay.authorId() != membership.memberId()) {
            throw new ContentNotFoundException(NO_SUCH_ESSAY);
        }
        return essay;
    }

    private Essay editable(ClubMembership membership, long essayId, boolean lock) {
        var essay = visible(membership, essayId, lock);
        if (!essay.editableBy(membership)) {
            throw new NotPermittedException("Only its author or a host can change this essay.");
        }
        return essay;
    }

    /** What publishing requires of an essay's text, wherever the text comes from. */
    static void checkBody(String body) {
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("body", EMPTY);
        }
        checkLength(body);
    }

    private static void checkLength(String body) {
        if (body != null && body.length() > FilmLimits.ESSAY_MAX) {
            throw InvalidInputException.of(
                    "body",
                    String.format(
                            "The essay is %,d characters long; the limit is %,d. Shorten it, then try again.",
                            body.length(), FilmLimits.ESSAY_MAX));
        }
    }
}
