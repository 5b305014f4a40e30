package org.filmclub.screening;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.filmclub.base.ContentNotFoundException;
import org.filmclub.club.ClubService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Calendar files over plain HTTP, beside the Vaadin UI: one screening for a logged-in member to
 * download, and a club's feed that calendar apps poll with the member's secret address and no login.
 */
@RestController
@RequestMapping("/calendar")
class CalendarController {

    private static final Logger log = LoggerFactory.getLogger(CalendarController.class);
    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");
    /** Calendar apps poll every few minutes to hours; this spares the database the eager ones. */
    static final Duration FEED_CACHE = Duration.ofMinutes(5);

    private final ScheduleService screenings;
    private final ClubService clubs;
    private final ScreeningCalendar calendar;
    private final CalendarFeedService feeds;

    CalendarController(
            ScheduleService screenings, ClubService clubs, ScreeningCalendar calendar, CalendarFeedService feeds) {
        this.feeds = feeds;
        this.screenings = screenings;
        this.clubs = clubs;
        this.calendar = calendar;
    }

    /**
     * The address holds only the screening's id, so each of the member's clubs is asked in turn; a
     * member is in few clubs. A screening of a club they are not in is simply not found.
     */
    @GetMapping("/screening/{id}.ics")
    ResponseEntity<String> screening(@PathVariable long id) {
        for (var club : clubs.myClubs()) {
            try {
                var screening = screenings.view(club.slug(), id);
                return ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .headers(h -> h.setContentDisposition(ContentDisposition.attachment()
                                .filename("screening-" + id + ".ics")
                                .build()))
                        .body(calendar.write(club.name(), List.of(screening), site()));
            } catch (ContentNotFoundException inAnotherClub) {
                // try the next club
            }
        }
        return ResponseEntity.notFound().build();
    }

    /** No detail on failure: an unknown club, a reset address and a former member all look alike. */
    @GetMapping("/club/{slug}/{token}.ics")
    ResponseEntity<String> club(@PathVariable String slug, @PathVariable String token) {
        List<ScreeningCard> feed;
        try {
            feed = feeds.feed(slug, token);
        } catch (ContentNotFoundException unknown) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.maxAge(FEED_CACHE).cachePrivate())
                .body(calendar.write(slug + " screenings", feed, site()));
    }

    /** Anything unforeseen goes to the log with its cause; the calendar app only learns that it failed. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException e) {
        log.error("A calendar could not be served", e);
        return ResponseEntity.internalServerError().build();
    }

    /** The app's address as this request reached it, so links in the calendar lead back here. */
    private static URI site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/")
                .build()
                .toUri();
    }
}
