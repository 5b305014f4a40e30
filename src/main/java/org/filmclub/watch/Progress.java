package org.filmclub.watch;

/**
 * How far one member has watched one film, as they said it: not set, not started, up to a moment, or finished.
 *
 * @param upTo the moment they are at; only for {@link Stage#AT}
 */
public record Progress(Stage stage, Moment upTo) {

    public enum Stage {
        /** The member has not said. */
        NOT_SET,
        NOT_STARTED,
        AT,
        FINISHED
    }

    public Progress {
        if (stage == null) {
            throw new IllegalArgumentException("A progress has a stage");
        }
        if ((stage == Stage.AT) != (upTo != null)) {
            throw new IllegalArgumentException("Only a progress part way through has a moment");
        }
    }

    public static Progress notSet() {
        return new Progress(Stage.NOT_SET, null);
    }

    public static Progress notStarted() {
        return new Progress(Stage.NOT_STARTED, null);
    }

    public static Progress at(Moment moment) {
        return new Progress(Stage.AT, moment);
    }

    public static Progress finished() {
        return new Progress(Stage.FINISHED, null);
    }

    /**
     * Whether something anchored at this moment may be shown to a member this far through. Nothing anchored
     * (null) is always shown; a member who finished sees everything.
     * <p>
     * A member who has not said how far they are sees everything too: the discussion a club already had stays as
     * it was for everyone until they choose to hide spoilers, and during a screening, where most moments are
     * written, those in the room are at the same point anyway. Saying "Not started" is one click away.
     */
    public boolean allows(Moment moment) {
        return switch (stage) {
            case NOT_SET, FINISHED -> true;
            case NOT_STARTED -> moment == null;
            case AT -> moment == null || moment.compareTo(upTo) <= 0;
        };
    }

    /**
     * Whether an essay that discusses the ending may be shown unfolded: only once the member says they finished.
     * Unlike a moment, its author gave a spoiler warning, so a member who has not said how far they are
     * ({@link Stage#NOT_SET}) finds it folded too, though {@link #allows} shows them every moment: the warning is
     * the author's, not the reader's choice. Reveal opens it on one screen. {@link Gate#showsEnding} adds that an
     * author always reads their own.
     */
    public boolean allowsEnding() {
        return stage == Stage.FINISHED;
    }

    /** "I'm at 0:42:00", "I've finished", "Not started", as the member's own progress reads. */
    public String text() {
        return switch (stage) {
            case NOT_SET -> "Progress not set";
            case NOT_STARTED -> "Not started";
            case AT -> "I'm at " + upTo.text();
            case FINISHED -> "I've finished";
        };
    }
}
