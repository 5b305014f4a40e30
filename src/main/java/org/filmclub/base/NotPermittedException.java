package org.filmclub.base;

/** The current member may see the thing but may not do this to it; the message says why. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
