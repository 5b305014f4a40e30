package org.filmclub.mail;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import org.filmclub.club.ClubDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a week ({@code filmclub.mail.digest.cron}, Monday 08:00 UTC by default) each member who asked for
 * the digest gets one mail per club of theirs where something happened in the last seven days. The
 * mail's idempotency key names the member, the club and the ISO week, so a second node, a restart or a
 * second run in the same week sends nothing more.
 */
@Component
class WeeklyDigest {

    static final int CLUBS_PER_PAGE = 200;

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

    private final ClubDirectory clubs;
    private final DigestMailer mailer;
    private final Clock clock;

    WeeklyDigest(ClubDirectory clubs, DigestMailer mailer, Clock clock) {
        this.clubs = clubs;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(cron = "${filmclub.mail.digest.cron:0 0 8 * * MON}", zone = "UTC")
    void sendDue() {
        var now = clock.instant();
        var day = now.atOffset(ZoneOffset.UTC);
        var week = "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        var afterId = 0L;
        while (true) {
            var page = clubs.page(afterId, CLUBS_PER_PAGE);
            for (var club : page) {
                try {
                    mailer.mailClub(club, now, week);
                } catch (RuntimeException e) {
                    log.warn("The digest of club {} was not mailed this week", club.id(), e);
                }
            }
            if (page.size() < CLUBS_PER_PAGE) {
                return;
            }
            afterId = page.get(page.size() - 1).id();
        }
    }
}
