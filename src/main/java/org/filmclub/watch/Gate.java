package org.filmclub.watch;

/**
 * What one member's progress lets them see of a film's anchored messages and questions, on one screen. Their own
 * writing is always shown to them; a member who pressed Reveal sees everything on that screen.
 */
public record Gate(long viewerId, Progress progress, boolean revealed) {

    public boolean shows(Moment moment, long authorId) {
        return revealed || authorId == viewerId || progress.allows(moment);
    }

    /**
     * Whether an essay that discusses the ending is shown unfolded: to its author, on a screen where the member
     * pressed Reveal, and otherwise once they finished the film ({@link Progress#allowsEnding}, which keeps it folded
     * for a member whose progress is not set). The one rule every screen that shows essays follows.
     */
    public boolean showsEnding(long authorId) {
        return revealed || authorId == viewerId || progress.allowsEnding();
    }

    /** The same screen after Reveal: everything shows. */
    public Gate reveal() {
        return new Gate(viewerId, progress, true);
    }

    /**
     * The latest film time, in milliseconds, whose anchored content others wrote shows on this screen: -1 when
     * nothing anchored does, {@link Long#MAX_VALUE} when everything does. For a query that leaves the rest out.
     */
    public long upToMillis() {
        if (!holdsAnything()) {
            return Long.MAX_VALUE;
        }
        return progress.stage() == Progress.Stage.AT ? progress.upTo().millis() : -1;
    }

    /** Whether this screen holds anything back at all. */
    public boolean holdsAnything() {
        return !revealed && progress.stage() != Progress.Stage.NOT_SET && progress.stage() != Progress.Stage.FINISHED;
    }
}
