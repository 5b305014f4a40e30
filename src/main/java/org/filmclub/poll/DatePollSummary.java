package org.filmclub.poll;

import java.time.Instant;
import java.util.List;

/** An open date poll in the club's list: which film, and the times it offers. */
public record DatePollSummary(long id, long filmId, String filmTitle, List<Instant> times) {}
