package org.filmclub.poll;

/** A date poll as one member opens it: the table everyone sees, who is looking, and whether they host. */
public record DatePollPage(DateTable table, long me, boolean iAmHost) {

    /** The same member's page with a newer table, as pushed to every open page. */
    public DatePollPage with(DateTable newer) {
        return new DatePollPage(newer, me, iAmHost);
    }
}
