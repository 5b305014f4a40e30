package org.filmclub.rating;

import static org.filmclub.rating.RatingLimits.TAKE_MAX;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.filmclub.base.MaxLength;
import org.filmclub.base.PlainText;

/**
 * What a member gives a film: stars from ½ to 5 in half steps, an optional take in the Markdown that messages
 * use, and the day they watched it (optional; not in the future where they live). The take is trimmed, and an
 * empty one is none.
 */
public record RatingInput(
        @NotNull(message = "Choose how many stars.")
                @DecimalMin(value = "0.5", message = "A rating goes from ½ to 5 stars.")
                @DecimalMax(value = "5", message = "A rating goes from ½ to 5 stars.")
                BigDecimal stars,
        @MaxLength(value = TAKE_MAX, message = "A take can be at most %d characters; this one has %d.") String take,
        LocalDate watchedOn) {

    public RatingInput {
        // Control characters go (PostgreSQL refuses a NUL, and the take reaches CSV and HTML); line breaks stay.
        take = PlainText.lines(take).strip();
    }

    /** From half stars, as the film page's control gives them: 7 is 3½ stars. */
    public static RatingInput ofHalves(int halves, String take, LocalDate watchedOn) {
        return new RatingInput(BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2)), take, watchedOn);
    }

    /** Whether the stars fall on a half step (3 or 3.5, not 3.3). */
    boolean onHalfStep() {
        return stars.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
    }

    /** The stars in half stars; only for input that passed validation. */
    int halves() {
        return stars.multiply(BigDecimal.valueOf(2)).intValueExact();
    }
}
