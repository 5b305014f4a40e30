package org.filmclub.screening;

public enum ScreeningStatus {
    SCHEDULED,
    LIVE,
    ENDED,
    CANCELLED;

    public boolean isOver() {
        return this == ENDED || this == CANCELLED;
    }
}
