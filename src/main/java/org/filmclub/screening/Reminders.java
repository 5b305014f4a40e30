package org.filmclub.screening;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends screenings left live an hour past their planned end, and sends each screening's reminder once, {@code filmclub.screenings.reminder-before} (default two
 * hours) before it starts. The "sent" mark lives in the screening's row and is claimed with one
 * conditional update, so a restart, a late run or a second node never sends it twice; a run after
 * downtime still sends reminders that came due meanwhile, as long as the screening has not begun.
 */
@Component
class Reminders {

    private final ScreeningUpkeep screenings;
    private final Duration before;

    Reminders(ScreeningUpkeep screenings, @Value("${filmclub.screenings.reminder-before:PT2H}") Duration before) {
        this.screenings = screenings;
        this.before = before;
    }

    @Scheduled(fixedDelayString = "${filmclub.screenings.reminder-check-ms:60000}", initialDelay = 5000)
    void sendDue() {
        screenings.dueForReminder(before).forEach(screenings::remind);
        screenings.overdue().forEach(screenings::endIfOverdue);
    }
}
