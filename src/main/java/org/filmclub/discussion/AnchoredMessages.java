package org.filmclub.discussion;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.filmclub.club.ClubAccess;
import org.filmclub.film.FilmRef;
import org.filmclub.film.FilmService;
import org.filmclub.member.MemberService;
import org.filmclub.watch.AnchoredMoments;
import org.filmclub.watch.Gate;
import org.filmclub.watch.Moment;
import org.filmclub.watch.ProgressService;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A film's messages by where they are anchored in it, for the film's timeline: their moments, and the
 * messages of one stretch. Both keep to the current member's progress as the discussion does: a message
 * anchored past it, or a reply in a thread whose starter is, stays on the server.
 */
@Service
public class AnchoredMessages implements AnchoredMoments {

    /** At most this many moments are read for a strip; a film talked about more keeps its first ones. */
    static final int MOMENTS_MAX = 20_000;

    /** At most this many messages of one stretch are shown. */
    public static final int STRETCH_MAX = 100;

    private final MessageRepository messages;
    private final ClubAccess access;
    private final FilmService films;
    private final ProgressService progress;
    private final MemberService members;

    AnchoredMessages(
            MessageRepository messages,
            ClubAccess access,
            FilmService films,
            ProgressService progress,
            MemberService members) {
        this.messages = messages;
        this.access = access;
        this.films = films;
        this.progress = progress;
        this.members = members;
    }

    /** The moments of the film's messages the current member may see, in film order. */
    @Transactional(readOnly = true)
    public List<Moment> moments(String slug, long filmId) {
        var gate = gate(slug, filmId);
        var anchors = messages.findAnchors(filmId, ChatMessage.Status.VISIBLE, Limit.of(MOMENTS_MAX));
        var byRoot = new HashMap<Long, MessageAnchor>();
        var roots = new HashSet<Long>();
        anchors.forEach(a -> {
            if (a.replyTo() != null) {
                roots.add(a.replyTo());
            }
        });
        var rootMoments = roots.isEmpty() ? List.<Message>of() : messages.findAllByIdIn(roots);
        rootMoments.forEach(root -> byRoot.put(
                root.getId(),
                new MessageAnchor(
                        root.moment() == null ? -1 : root.moment().millis(), root.authorId(), root.replyTo())));
        return anchors.stream()
                .filter(a -> gate.shows(Moment.ofMillis(a.momentMs()), a.authorId()))
                .filter(a -> a.replyTo() == null || threadShown(byRoot.get(a.replyTo()), gate))
                .map(a -> Moment.ofMillis(a.momentMs()))
                .toList();
    }

    /** The film's messages anchored from {@code from} up to {@code to} that the current member may see. */
    @Transactional(readOnly = true)
    public List<ChatMessage> between(String slug, long filmId, Moment from, Moment to) {
        var gate = gate(slug, filmId);
        var found = messages.findAnchoredBetween(
                filmId, from.millis(), to.millis(), ChatMessage.Status.VISIBLE, Limit.of(STRETCH_MAX));
        var rootIds = found.stream()
                .map(Message::replyTo)
                .filter(id -> id != null)
                .distinct()
                .toList();
        var roots = new HashMap<Long, MessageAnchor>();
        if (!rootIds.isEmpty()) {
            messages.findAllByIdIn(rootIds)
                    .forEach(root -> roots.put(
                            root.getId(),
                            new MessageAnchor(
                                    root.moment() == null ? -1 : root.moment().millis(), root.authorId(), null)));
        }
        var shown = found.stream()
                .filter(m -> gate.shows(m.moment(), m.authorId()))
                .filter(m -> m.replyTo() == null || threadShown(roots.get(m.replyTo()), gate))
                .toList();
        var authors = new HashSet<Long>();
        shown.forEach(m -> authors.add(m.authorId()));
        var profiles = authors.isEmpty()
                ? java.util.Map.<Long, org.filmclub.member.MemberProfile>of()
                : members.profiles(authors);
        return shown.stream().map(m -> m.toChat(profiles.get(m.authorId()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<Moment> firstAfter(FilmRef film, Moment after) {
        return java.util.Optional.ofNullable(
                        messages.findFirstMomentAfter(film.id(), after.millis(), ChatMessage.Status.VISIBLE))
                .map(Moment::ofMillis);
    }

    private Gate gate(String slug, long filmId) {
        var membership = access.requireMember(slug);
        return progress.gate(membership, films.filmIn(membership, filmId));
    }

    /** Whether a reply's thread shows: its starter, when anchored, is one the gate lets through. */
    private static boolean threadShown(MessageAnchor root, Gate gate) {
        return root == null || root.momentMs() < 0 || gate.shows(Moment.ofMillis(root.momentMs()), root.authorId());
    }
}
