package org.filmclub.rating;

/** How half stars read: 7 halves is "3½", or "3½ stars" in full. */
public final class Stars {

    private Stars() {}

    /** "½", "1", "3½", "5". */
    public static String of(int halves) {
        var whole = halves / 2;
        var half = halves % 2 == 1 ? "½" : "";
        return whole == 0 ? half : whole + half;
    }

    /** "½ star", "1 star", "3½ stars". */
    public static String label(int halves) {
        return of(halves) + (halves <= 2 ? " star" : " stars");
    }

    /** The stars as Letterboxd and most people write them: 3.5. */
    public static String decimal(int halves) {
        return halves % 2 == 0 ? Integer.toString(halves / 2) : (halves / 2) + ".5";
    }

    /** "3½ → 4½". */
    public static String shift(int fromHalves, int toHalves) {
        return of(fromHalves) + " → " + of(toHalves);
    }

    /** A difference in half stars as a signed number of stars: "+1", "−½", "+1½". */
    public static String difference(int halves) {
        var sign = halves > 0 ? "+" : halves < 0 ? "−" : "±";
        return sign + of(Math.abs(halves)).replaceFirst("^$", "0");
    }
}
