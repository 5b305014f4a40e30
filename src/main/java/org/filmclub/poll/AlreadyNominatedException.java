package org.filmclub.poll;

/** The film is already on the club's list of nominations; the member may second that one instead. */
public class AlreadyNominatedException extends RuntimeException {

    private final long nominationId;

    AlreadyNominatedException(long nominationId, String label) {
        super(label + " is already nominated. Second that nomination instead.");
        this.nominationId = nominationId;
    }

    public long nominationId() {
        return nominationId;
    }
}
