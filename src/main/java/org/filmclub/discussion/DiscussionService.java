package org.filmclub.discussion;

import static org.filmclub.discussion.DiscussionLimits.*;

import jakarta.validation.constraints.NotEmpty;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.filmclub.base.ClientKey;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.base.InputValidator;
import org.filmclub.base.InvalidInputException;
import org.filmclub.base.MaxLength;
import org.filmclub.base.NotPermittedException;
import org.filmclub.club.ClubAccess;
import org.filmclub.club.ClubMembership;
import org.filmclub.discussion.ChatMessage.Status;
import org.filmclub.film.FilmRef;
import org.filmclub.film.FilmService;
import org.filmclub.markdown.MarkdownRenderer;
import org.filmclub.member.CurrentMember;
import org.filmclub.member.MemberProfile;
import org.filmclub.member.MemberService;
import org.filmclub.watch.FilmClocks;
import org.filmclub.watch.Gate;
import org.filmclub.watch.Moment;
import org.filmclub.watch.ProgressService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A film's discussion. Every method acts as the current member and checks that they belong to the
 * film's club; every change is published as an event that open panels receive after the commit.
 */
@Service
public class DiscussionService {

    static final String NO_SUCH_MESSAGE = "That message is no longer in this discussion.";
    /** The size of the column that keeps a rendered message. */
    static final int RENDERED_MAX = 200_000;

    static final String PARENT_GONE = "The message you are replying to was deleted. Your reply is still in the box.";

    private final MessageRepository messages;
    private final ClubAccess access;
    private final FilmService films;
    private final MemberService members;
    private final MarkdownRenderer renderer;
    private final ApplicationEventPublisher events;
    private final Presence presence;
    private final CurrentMember currentMember;
    private final Clock clock;
    private final InputValidator validator;
    private final List<FilmClocks> filmClocks;
    private final ProgressService progress;
    private final List<QuestionsNear> questionsNear;
    /**
     * Each club's list of people to mention, as last handed out. Every open discussion panel keeps the list, so
     * equal lists are handed out as one: a thousand panels in a club of a thousand then hold one list, not a
     * million entries.
     */
    private final Map<Long, List<Discussion.Mentionable>> mentionables = new java.util.concurrent.ConcurrentHashMap<>();

    DiscussionService(
            MessageRepository messages,
            ClubAccess access,
            FilmService films,
            MemberService members,
            MarkdownRenderer renderer,
            ApplicationEventPublisher events,
            Presence presence,
            CurrentMember currentMember,
            Clock clock,
            InputValidator validator,
            List<FilmClocks> filmClocks,
            ProgressService progress,
            List<QuestionsNear> questionsNear) {
        this.progress = progress;
        this.questionsNear = questionsNear;
        this.presence = presence;
        this.currentMember = currentMember;
        this.messages = messages;
        this.access = access;
        this.films = films;
        this.members = members;
        this.renderer = renderer;
        this.events = events;
        this.clock = clock;
        this.validator = validator;
        this.filmClocks = filmClocks;
    }

    /**
     * The latest threads of the film's discussion, for a panel that opens, without what the member's progress
     * through the film keeps from them.
     */
    @Transactional(readOnly = true)
    public Discussion open(String slug, long filmId) {
        return open(slug, filmId, false);
    }

    /**
     * The same; {@code reveal} shows everything on this screen, as the member asked, whatever their progress.
     * Everything a panel loads afterwards it loads with the same {@code reveal}.
     */
    @Transactional(readOnly = true)
    public Discussion open(String slug, long filmId, boolean reveal) {
        var membership = access.requireMember(slug);
        var film = films.filmIn(membership, filmId);
        var gate = gate(membership, film, reveal);
        var page = threads(filmId, Long.MAX_VALUE, gate);
        var people = mentionables.merge(
                membership.clubId(),
                clubMembers(membership).values().stream()
                        .map(p -> new Discussion.Mentionable(p.username(), p.displayName()))
                        .sorted(Comparator.comparing(Discussion.Mentionable::username))
                        .toList(),
                (shared, fresh) -> shared.equals(fresh) ? shared : fresh);
        return new Discussion(
                film,
                page.messages(),
                page.hasEarlier(),
                page.moreReplies(),
                membership.memberId(),
                membership.isHost(),
                people,
                gate,
                gate.holdsAnything() ? messages.countHeldBack(filmId, gate.upToMillis(), gate.viewerId()) : 0);
    }

    /** The threads before the earliest one shown, in display order, as {@link #open(String, long)} leaves them. */
    @Transactional(readOnly = true)
    public Page earlier(String slug, long filmId, long beforeRootId) {
        return earlier(slug, filmId, beforeRootId, false);
    }

    @Transactional(readOnly = true)
    public Page earlier(String slug, long filmId, long beforeRootId, boolean reveal) {
        var membership = access.requireMember(slug);
        var film = films.filmIn(membership, filmId);
        return threads(filmId, beforeRootId, gate(membership, film, reveal));
    }

    /** The next {@link DiscussionLimits#REPLIES_PAGE} replies of a thread after the last one shown. */
    @Transactional(readOnly = true)
    public Replies moreReplies(String slug, long filmId, long rootId, long afterReplyId) {
        return moreReplies(slug, filmId, rootId, afterReplyId, false);
    }

    @Transactional(readOnly = true)
    public Replies moreReplies(String slug, long filmId, long rootId, long afterReplyId, boolean reveal) {
        var membership = access.requireMember(slug);
        var film = films.filmIn(membership, filmId);
        var gate = gate(membership, film, reveal);
        messages.findById(rootId)
                .filter(root -> root.filmId() == filmId && root.replyTo() == null)
                .filter(root -> gate.shows(root.moment(), root.authorId()))
                .orElseThrow(() -> new ContentNotFoundException(NO_SUCH_MESSAGE));
        var next = new ArrayList<>(messages.findRepliesAfter(rootId, afterReplyId, Limit.of(REPLIES_PAGE + 1)));
        var hasMore = next.size() > REPLIES_PAGE;
        if (hasMore) {
            next.remove(next.size() - 1);
        }
        return new Replies(toChat(shown(next, gate)), hasMore);
    }

    /** Everything written after the last message a screen showed, oldest first: how a screen that was away catches up. */
    @Transactional(readOnly = true)
    public List<ChatMessage> since(String slug, long filmId, long afterId) {
        return since(slug, filmId, afterId, false);
    }

    @Transactional(readOnly = true)
    public List<ChatMessage> since(String slug, long filmId, long afterId, boolean reveal) {
        var membership = access.requireMember(slug);
        var film = films.filmIn(membership, filmId);
        return toChat(
                shown(messages.findAfter(filmId, afterId, Limit.of(CATCH_UP_MAX)), gate(membership, film, reveal)));
    }

    /**
     * The messages anchored near a moment ({@link Moment#isNear}), in film-time order, of those the member's
     * progress lets them see ({@code reveal} as their screen has it).
     */
    @Transactional(readOnly = true)
    public List<ChatMessage> near(String slug, long filmId, Moment moment, boolean reveal) {
        var membership = access.requireMember(slug);
        var film = films.filmIn(membership, filmId);
        Moment.within(film, moment);
        var gate = gate(membership, film, reveal);
        var found = messages.findAnchoredNear(
                filmId, moment.nearFrom().millis(), moment.nearTo().millis(), Status.VISIBLE, Limit.of(NEAR_MAX));
        return toChat(shown(found, gate));
    }

    /** What the club wrote near a moment: its messages, and the questions asked about it. */
    public record NearMoment(Moment moment, List<ChatMessage> messages, List<QuestionsNear.Asked> questions) {

        public boolean isEmpty() {
            return messages.isEmpty() && questions.isEmpty();
        }
    }

    /**
     * The messages {@link #near} a moment and the questions anchored near it, both as far as the member's progress
     * lets them see ({@code reveal} as their screen has it).
     */
    @Transactional(readOnly = true)
    public NearMoment nearMoment(String slug, long filmId, Moment moment, boolean reveal) {
        var said = near(slug, filmId, moment, reveal);
        var asked = questionsNear.stream()
                .flatMap(q -> q.near(slug, filmId, moment, reveal).stream())
                .toList();
        return new NearMoment(moment, said, asked);
    }

    /** What the member's progress through the film lets this screen show. */
    private Gate gate(ClubMembership membership, FilmRef film, boolean reveal) {
        var gate = progress.gate(membership, film);
        return reveal ? gate.reveal() : gate;
    }

    /**
     * The messages the gate lets through: a message anchored past the viewer's progress stays on the server, and
     * so does a reply in its thread, whatever the reply's own moment.
     */
    private List<Message> shown(List<Message> list, Gate gate) {
        if (!gate.holdsAnything()) {
            return list;
        }
        var loaded = list.stream().collect(Collectors.toMap(Message::getId, m -> m));
        var missingRoots = list.stream()
                .map(Message::replyTo)
                .filter(id -> id != null && !loaded.containsKey(id))
                .distinct()
                .toList();
        var roots = new HashMap<Long, Message>(loaded);
        if (!missingRoots.isEmpty()) {
            messages.findAllByIdIn(missingRoots).forEach(root -> roots.put(root.getId(), root));
        }
        return list.stream()
                .filter(m -> gate.shows(m.moment(), m.authorId()))
                .filter(m -> {
                    var root = m.replyTo() == null ? null : roots.get(m.replyTo());
                    return root == null || gate.shows(root.moment(), root.authorId());
                })
                .toList();
    }

    /** How many messages were posted on the film between two moments, for a screening's record. */
    @Transactional(readOnly = true)
    public long countBetween(String slug, long filmId, java.time.Instant from, java.time.Instant to) {
        films.filmIn(access.requireMember(slug), filmId);
        return messages.countByFilmIdAndCreatedAtBetween(filmId, from, to);
    }

    /**
     * Posts a message, or a reply to one. Posting the same {@code clientKey} twice (a double click, a
     * retried request) stores it once and returns the first.
     */
    @Transactional
    public ChatMessage post(String slug, long filmId, String text, Long replyTo, String clientKey) {
        return post(slug, filmId, text, replyTo, clientKey, null);
    }

    /**
     * Posts a message, or a reply to one, anchored at a film time: the moment in the film it is about, typed by
     * its author or passed by a screening's clock. A moment past the film's end is refused. With none given, a
     * message written while a film clock runs for its author (a live screening's, or their own as they watch
     * along) takes the film time on it; otherwise it is
     * anchored to nothing. A reply stays in its parent's thread whatever its moment.
     */
    @Transactional
    public ChatMessage post(String slug, long filmId, String text, Long replyTo, String clientKey, Moment moment) {
        var membership = access.requireMember(slug);
        var film = films.filmIn(membership, filmId);
        var me = membership.memberId();
        var already = messages.findByAuthorIdAndClientKey(me, ClientKey.require(clientKey));
        if (already.isPresent()) {
            return toChat(List.of(already.get())).get(0);
        }
        var body = validator.check(new MessageText(text)).body();
        var at = FilmClocks.stamp(filmClocks, film, me, moment);
        FLOOD.check(
                messages.countByAuthorIdAndCreatedAtAfter(me, FLOOD.since(clock)),
                "body",
                "messages",
                " Your message is still in the box.");
        Message parent = null;
        if (replyTo != null) {
            parent = messages.findById(replyTo)
                    .filter(m -> m.filmId() == filmId)
                    .orElseThrow(() -> new ContentNotFoundException(PARENT_GONE));
            if (parent.status() != Status.VISIBLE) {
                throw new ContentNotFoundException(PARENT_GONE);
            }
            if (parent.replyTo() != null) {
                // Replies are one level deep: answering a reply joins the same thread.
                parent = messages.findById(parent.replyTo())
                        .orElseThrow(() -> new ContentNotFoundException(PARENT_GONE));
            }
        }
        var mentionable = mentionable(membership, body);
        var html = rendered(body, mentionable::containsKey);
        var saved = messages.save(new Message(
                filmId, me, parent == null ? null : parent.getId(), body, html, clientKey, clock.instant(), at));
        var chat = saved.toChat(profileOf(me));
        var mentioned = mentionable.values().stream()
                .map(MemberProfile::id)
                .filter(id -> id != me)
                .collect(Collectors.toUnmodifiableSet());
        events.publishEvent(new MessagePosted(
                chat,
                film.clubId(),
                film.clubSlug(),
                film.title(),
                parent == null ? null : parent.authorId(),
                mentioned));
        return chat;
    }

    /** Its author changes a message's text; everyone sees it marked as edited. */
    @Transactional
    public ChatMessage edit(String slug, long messageId, String text) {
        var membership = access.requireMember(slug);
        var message = own(membership, messageId, true);
        if (message.status() != Status.VISIBLE) {
            throw new NotPermittedException(
                    message.status() == Status.HIDDEN
                            ? "A host hid this message, so it can no longer be edited."
                            : NO_SUCH_MESSAGE);
        }
        var body = validator.check(new MessageText(text)).body();
        message.edit(body, rendered(body, mentionable(membership, body)::containsKey), clock.instant());
        return changed(message, profileOf(message.authorId()));
    }

    /** What its author wrote, to edit it. */
    @Transactional(readOnly = true)
    public String source(String slug, long messageId) {
        return own(access.requireMember(slug), messageId, false).body();
    }

    /** Its author takes a message back; its replies stay, under "message deleted". */
    @Transactional
    public ChatMessage delete(String slug, long messageId) {
        var membership = access.requireMember(slug);
        var message = own(membership, messageId, true);
        if (message.status() == Status.DELETED) {
            return message.toChat(profileOf(message.authorId()));
        }
        message.delete();
        return changed(message, profileOf(message.authorId()));
    }

    /** A host hides a message from the club; its author still sees what they wrote. */
    @Transactional
    public ChatMessage hide(String slug, long messageId) {
        var membership = access.requireHost(slug, "hide messages");
        var message = inClub(membership, messageId, true);
        if (message.status() != Status.VISIBLE) {
            throw new NotPermittedException(NO_SUCH_MESSAGE);
        }
        message.hide(membership.memberId());
        return changed(message, profileOf(message.authorId()));
    }

    /** The current member opened the film's discussion on one more screen; others see them arrive. */
    public void arrive(String slug, long filmId) {
        var film = films.filmIn(access.requireMember(slug), filmId);
        presence.enter(film, currentMember.require());
    }

    /** A screen of this member closed; called when the panel goes, with or without a signed-in request. */
    public void depart(long filmId, long memberId) {
        presence.leave(filmId, memberId);
    }

    public List<PresenceChanged.Present> here(String slug, long filmId) {
        films.filmIn(access.requireMember(slug), filmId);
        return presence.here(filmId);
    }

    /** The current member is writing; others see "… is typing", at most every few seconds. */
    public void typing(String slug, long filmId) {
        var me = currentMember.require();
        // The cheap throttle first: most keystroke pauses end here, without reading the database again.
        if (presence.typingDue(filmId, me.id())) {
            films.filmIn(access.requireMember(slug), filmId);
            presence.typing(filmId, me);
        }
    }

    private ChatMessage changed(Message message, MemberProfile author) {
        var chat = message.toChat(author);
        events.publishEvent(new MessageChanged(chat));
        return chat;
    }

    private Message own(ClubMembership membership, long messageId, boolean lock) {
        var message = inClub(membership, messageId, lock);
        if (message.authorId() != membership.memberId()) {
            throw new NotPermittedException("Only its author can change a message.");
        }
        return message;
    }

    /** The message, if it is in a film of the member's club, locked when it is about to change; any other looks missing. */
    private Message inClub(ClubMembership membership, long messageId, boolean lock) {
        var message = (lock ? messages.lockById(messageId) : messages.findById(messageId))
                .orElseThrow(() -> new ContentNotFoundException(NO_SUCH_MESSAGE));
        films.filmIn(membership, message.filmId());
        return message;
    }

    String rendered(String body, java.util.function.Predicate<String> isMember) {
        var html = renderer.message(body, isMember);
        if (html.length() > RENDERED_MAX) {
            throw InvalidInputException.of(
                    "body",
                    "This message has too many links, spoilers or mentions to show. Shorten it; it is still in the box.");
        }
        return html;
    }

    /** One page of threads: up to PAGE thread starters before {@code beforeRootId}, each followed by its replies. */
    private Page threads(long filmId, long beforeRootId, Gate gate) {
        var roots = new ArrayList<>(
                messages.findRootsBefore(filmId, beforeRootId, gate.upToMillis(), gate.viewerId(), Limit.of(PAGE + 1)));
        var hasEarlier = roots.size() > PAGE;
        if (hasEarlier) {
            roots.remove(roots.size() - 1);
        }
        roots.sort(Comparator.comparing(Message::getId));
        // One more reply than shown tells whether a thread has more.
        var replyIds = roots.isEmpty()
                ? List.<Long>of()
                : messages.findFirstReplyIds(roots.stream().map(Message::getId).toList(), REPLIES_PAGE + 1);
        var replies = replyIds.isEmpty() ? List.<Message>of() : shown(messages.findAllByIdIn(replyIds), gate);
        var byRoot = replies.stream().collect(Collectors.groupingBy(Message::replyTo));
        var ordered = new ArrayList<Message>();
        var moreReplies = new HashSet<Long>();
        roots.forEach(root -> {
            ordered.add(root);
            var thread = byRoot.getOrDefault(root.getId(), List.of());
            if (thread.size() > REPLIES_PAGE) {
                moreReplies.add(root.getId());
                thread = thread.subList(0, REPLIES_PAGE);
            }
            ordered.addAll(thread);
        });
        return new Page(toChat(ordered), hasEarlier, java.util.Set.copyOf(moreReplies));
    }

    private List<ChatMessage> toChat(List<Message> list) {
        var authors = new HashSet<Long>();
        list.forEach(m -> authors.add(m.authorId()));
        var profiles = authors.isEmpty() ? Map.<Long, MemberProfile>of() : members.profiles(authors);
        return list.stream().map(m -> m.toChat(profiles.get(m.authorId()))).toList();
    }

    /**
     * The club's members among those a text names with {@code @username}, by username: who it may mention.
     * Only those names are looked up, so a message costs the same in a club of ten as in one of a thousand.
     */
    private Map<String, MemberProfile> mentionable(ClubMembership membership, String body) {
        var named = MarkdownRenderer.mentionedUsernames(body);
        if (named.isEmpty()) {
            return Map.of();
        }
        var found = members.profilesByUsername(named);
        var inClub = access.currentMembersAmong(
                membership.clubId(),
                found.values().stream().map(MemberProfile::id).toList());
        return found.values().stream()
                .filter(p -> inClub.contains(p.id()))
                .collect(Collectors.toMap(MemberProfile::username, p -> p));
    }

    private MemberProfile profileOf(long memberId) {
        return members.profiles(List.of(memberId)).get(memberId);
    }

    private Map<Long, MemberProfile> clubMembers(ClubMembership membership) {
        return new HashMap<>(members.profiles(access.memberIds(membership.clubId())));
    }

    /**
     * These messages as plain text, as they read now, each cut to {@code maxLength} characters with an
     * ellipsis, for mail that quotes them. Messages deleted or hidden since are left out, so a mail never
     * repeats what was taken back; one anchored at a film time gives only that time, never its text. Not for a screen: it checks no membership, so the caller must already
     * know the reader may see each message (a notification of their own about it, in a club they are in).
     */
    @Transactional(readOnly = true)
    public Map<Long, String> excerpts(java.util.Collection<Long> messageIds, int maxLength) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        var excerpts = new HashMap<Long, String>();
        for (var message : messages.findAllByIdIn(messageIds)) {
            if (message.status() != Status.VISIBLE) {
                continue;
            }
            // A mail cannot know how far the reader has watched by the time they open it: no spoilers in it.
            var text = message.moment() == null
                    ? org.jsoup.Jsoup.parse(message.html()).text()
                    : "(About " + message.moment().text() + " into the film: open it to read it)";
            excerpts.put(message.getId(), shortened(text, maxLength));
        }
        return excerpts;
    }

    private static String shortened(String text, int maxLength) {
        var oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() <= maxLength) {
            return oneLine;
        }
        var cut = oneLine.substring(0, maxLength - 1);
        var lastSpace = cut.lastIndexOf(' ');
        return (lastSpace > maxLength / 2 ? cut.substring(0, lastSpace) : cut).strip() + "…";
    }

    /**
     * Threads in display order, and whether there are earlier ones; each thread with at most
     * {@link DiscussionLimits#REPLIES_PAGE} replies, its first ones.
     *
     * @param moreReplies the thread starters that have more replies than shown
     */
    public record Page(List<ChatMessage> messages, boolean hasEarlier, java.util.Set<Long> moreReplies) {}

    /** The next replies of a thread, oldest first, and whether it has more still. */
    public record Replies(List<ChatMessage> messages, boolean hasMore) {}

    /** What a member writes in a message, trimmed, so the rules see what will be stored. */
    record MessageText(
            @NotEmpty(message = "Write something first.")
                    @MaxLength(
                            value = MESSAGE_MAX,
                            message =
                                    "A message can be at most %,d characters; this one has %,d. It is still in the box.")
                    String body) {

        MessageText {
            body = body == null ? "" : body.strip();
        }
    }
}
