package org.filmclub.screening;

import java.util.List;

/** Fewer seats than members going: nothing was changed; these members would move to the waitlist. */
public class SeatsWouldMoveException extends RuntimeException {

    private final List<String> moving;

    SeatsWouldMoveException(List<String> moving) {
        super(String.join(", ", moving) + (moving.size() == 1 ? " is" : " are")
                + " going and would move to the waitlist. Save again to confirm.");
        this.moving = moving;
    }

    public List<String> moving() {
        return moving;
    }
}
