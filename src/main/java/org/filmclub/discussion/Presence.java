package org.filmclub.discussion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.filmclub.discussion.PresenceChanged.Present;
import org.filmclub.film.FilmRef;
import org.filmclub.member.MemberProfile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who has which film page open, and who is typing. This node counts its own screens; with several
 * nodes, each also writes its counts to a {@link PresenceShare} and reads everyone's from there.
 * A member with two tabs open counts once and stays until both are closed. Typing is announced at most once per
 * {@link #TYPING_EVERY} per member, so a fast typist never floods the others.
 * <p>
 * Who is here is announced at once when the film's last announcement is older than {@link #ANNOUNCE_EVERY_MS};
 * changes within that time are gathered and announced together when it has passed. A quiet room sees an arrival
 * at once; a room that five hundred members leave at the end of a screening gets a few announcements a second,
 * not five hundred, each sent to every page still open.
 */
@Component
class Presence {

    static final Duration TYPING_EVERY = Duration.ofSeconds(3);
    static final long ANNOUNCE_EVERY_MS = 500;

    private final Map<Long, Map<Long, Visitor>> films = new java.util.HashMap<>();
    private final Map<String, Instant> lastTyping = new ConcurrentHashMap<>();
    /** When each film's presence was last announced, in {@link System#nanoTime()}: a measure of time passed only. */
    private final Map<Long, Long> announced = new java.util.HashMap<>();
    /** Films whose presence changed after their last announcement, waiting for {@link #announceGathered}. */
    private final java.util.Set<Long> gathered = new java.util.HashSet<>();

    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Optional<PresenceShare> share;

    Presence(ApplicationEventPublisher events, Clock clock, Optional<PresenceShare> share) {
        this.events = events;
        this.clock = clock;
        this.share = share;
    }

    private record Visitor(String name, int screens) {}

    /** A screen of this member opened the film's page. */
    synchronized void enter(FilmRef film, MemberProfile member) {
        films.compute(film.id(), (id, here) -> {
            var map = here == null ? new LinkedHashMap<Long, Visitor>() : here;
            map.merge(
                    member.id(),
                    new Visitor(member.displayName(), 1),
                    (old, one) -> new Visitor(old.name(), old.screens() + 1));
            return map;
        });
        shareCount(film.id(), member.id(), member.displayName());
        announce(film.id());
    }

    synchronized void leave(long filmId, long memberId) {
        films.computeIfPresent(filmId, (id, here) -> {
            here.computeIfPresent(memberId, (m, v) -> v.screens() > 1 ? new Visitor(v.name(), v.screens() - 1) : null);
            return here.isEmpty() ? null : here;
        });
        lastTyping.remove(filmId + ":" + memberId);
        shareCount(filmId, memberId, "");
        announce(filmId);
    }

    synchronized List<Present> here(long filmId) {
        if (share.isPresent()) {
            return share.get().here(filmId);
        }
        var here = films.get(filmId);
        return here == null
                ? List.of()
                : here.entrySet().stream()
                        .map(e -> new Present(e.getKey(), e.getValue().name()))
                        .toList();
    }

    /** Whether it is time to tell the others again that this member is typing; if so, the time is taken. */
    boolean typingDue(long filmId, long memberId) {
        var now = clock.instant();
        var due = new boolean[1];
        lastTyping.compute(filmId + ":" + memberId, (key, last) -> {
            due[0] = last == null || !last.plus(TYPING_EVERY).isAfter(now);
            return due[0] ? now : last;
        });
        return due[0];
    }

    void typing(long filmId, MemberProfile member) {
        events.publishEvent(new MemberTyping(filmId, member.id(), member.displayName()));
    }

    private void shareCount(long filmId, long memberId, String name) {
        share.ifPresent(pool -> {
            var visitor = films.getOrDefault(filmId, Map.of()).get(memberId);
            pool.update(
                    filmId, memberId, visitor == null ? name : visitor.name(), visitor == null ? 0 : visitor.screens());
        });
    }

    private void announce(long filmId) {
        var last = announced.get(filmId);
        if (last != null && System.nanoTime() - last < ANNOUNCE_EVERY_MS * 1_000_000) {
            gathered.add(filmId);
            return;
        }
        publish(filmId);
    }

    @Scheduled(fixedDelay = ANNOUNCE_EVERY_MS)
    synchronized void announceGathered() {
        gathered.forEach(this::publish);
        gathered.clear();
        // A film no one has open and nothing waits for needs no memory of its last announcement.
        announced
                .keySet()
                .removeIf(film -> !films.containsKey(film)
                        && System.nanoTime() - announced.get(film) >= ANNOUNCE_EVERY_MS * 1_000_000);
    }

    private void publish(long filmId) {
        announced.put(filmId, System.nanoTime());
        events.publishEvent(new PresenceChanged(filmId, here(filmId)));
    }
}
