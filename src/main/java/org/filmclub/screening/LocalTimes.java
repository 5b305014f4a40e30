package org.filmclub.screening;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a wall-clock time in a zone into an instant, choosing sensibly where the clock jumps: a time
 * skipped when clocks go forward moves later by the jump; a time that happens twice when clocks go
 * back takes the first. Either way the choice is said in words, for the host to read.
 */
public final class LocalTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private LocalTimes() {}

    public record Resolved(Instant instant, Optional<String> note) {}

    public static Resolved resolve(LocalDateTime local, ZoneId zone) {
        var rules = zone.getRules();
        var offsets = rules.getValidOffsets(local);
        var zoned = ZonedDateTime.ofLocal(local, zone, null);
        if (offsets.isEmpty()) {
            return new Resolved(
                    zoned.toInstant(),
                    Optional.of(TIME.format(local) + " does not exist in " + zone
                            + " because the clocks go forward then; the screening starts at "
                            + TIME.format(zoned.toLocalDateTime()) + " instead."));
        }
        if (offsets.size() > 1) {
            var earlier = ZonedDateTime.ofLocal(local, zone, offsets.get(0)).withEarlierOffsetAtOverlap();
            return new Resolved(
                    earlier.toInstant(),
                    Optional.of(TIME.format(local) + " happens twice in " + zone
                            + " because the clocks go back then; the screening starts at the first of the two ("
                            + earlier.getOffset() + ")."));
        }
        return new Resolved(zoned.toInstant(), Optional.empty());
    }
}
