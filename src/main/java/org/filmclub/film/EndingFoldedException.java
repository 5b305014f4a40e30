package org.filmclub.film;

import org.filmclub.base.NotPermittedException;

/**
 * The essay discusses the ending and the reader has not said they finished the film: its text stays on the server
 * until they do, or press Reveal.
 */
public class EndingFoldedException extends NotPermittedException {

    public EndingFoldedException(String message) {
        super(message);
    }
}
