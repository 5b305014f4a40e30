package org.filmclub.screening;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.club.ClubAccess;
import org.filmclub.film.FilmService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's secret calendar address for a club, and the club's screenings for a calendar app that
 * shows that address instead of a login.
 */
@Service
public class CalendarFeedService {

    private final ScreeningRepository screenings;
    private final Rsvps rsvps;
    private final CalendarFeeds feeds;
    private final ClubAccess access;
    private final FilmService films;
    private final Clock clock;

    CalendarFeedService(
            ScreeningRepository screenings,
            Rsvps rsvps,
            CalendarFeeds feeds,
            ClubAccess access,
            FilmService films,
            Clock clock) {
        this.screenings = screenings;
        this.rsvps = rsvps;
        this.feeds = feeds;
        this.access = access;
        this.films = films;
        this.clock = clock;
    }

    /** The member's secret calendar address for the club, made on first use. */
    @Transactional
    public String feedToken(String slug) {
        var membership = access.requireMember(slug);
        return feeds.tokenFor(membership.memberId(), membership.clubId(), clock.instant());
    }

    /** A new secret address; the old one stops working at once. */
    @Transactional
    public String resetFeedToken(String slug) {
        var membership = access.requireMember(slug);
        return feeds.reset(membership.memberId(), membership.clubId(), clock.instant());
    }

    /**
     * The club's screenings for a calendar app that shows the secret address, not a login. An unknown
     * club, a reset token and a member who left all look the same: nothing there.
     */
    @Transactional(readOnly = true)
    public List<ScreeningCard> feed(String slug, String token) {
        var clubId = access.clubIdBySlug(slug)
                .orElseThrow(() -> new ContentNotFoundException(ScreeningService.NO_SUCH_SCREENING));
        var memberId = feeds.memberOf(clubId, token)
                .filter(m -> access.currentMembersAmong(clubId, List.of(m)).contains(m))
                .orElseThrow(() -> new ContentNotFoundException(ScreeningService.NO_SUCH_SCREENING));
        var all = screenings.findByClub(clubId);
        var titles = titles(all, clubId);
        var mine = rsvps.answersOf(memberId, clubId);
        // For a calendar: the facts and the reader's own answer, no one else's.
        return all.stream()
                .map(s -> ScreeningCards.card(
                        s,
                        slug,
                        titles.getOrDefault(s.filmId(), "A film"),
                        List.of(),
                        Optional.ofNullable(mine.get(s.getId())),
                        false,
                        Optional.empty()))
                .toList();
    }

    private Map<Long, String> titles(List<Screening> list, long clubId) {
        return films.titles(clubId, list.stream().map(Screening::filmId).collect(Collectors.toSet()));
    }
}
