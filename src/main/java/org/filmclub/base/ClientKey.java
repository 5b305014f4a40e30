package org.filmclub.base;

/**
 * The key a page makes for one thing a member sends (a message, a question), so that sending it twice, by a
 * double click or a retried request, stores it once. Pages make it; the server still refuses one that is
 * missing or longer than its column, with a clear error instead of a database failure.
 */
public final class ClientKey {

    /** As long as the column that stores it. */
    public static final int MAX = 40;

    private ClientKey() {}

    public static String require(String key) {
        if (key == null || key.isBlank() || key.length() > MAX) {
            throw InvalidInputException.of(
                    "clientKey", "This was sent without a proper key; reload the page and send it again.");
        }
        return key;
    }
}
