package org.filmclub.member;

/** A mailed link that was used already, expired, or was replaced by a newer one. */
public class LinkNoLongerWorksException extends RuntimeException {

    public LinkNoLongerWorksException() {
        super("This link no longer works");
    }
}
