package org.filmclub.base;

/**
 * Thrown when something does not exist or the current member may not know that it exists;
 * the two cases look the same from outside.
 */
public class ContentNotFoundException extends RuntimeException {

    public ContentNotFoundException(String message) {
        super(message);
    }
}
