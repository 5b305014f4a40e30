/**
 * Deciding what to watch next and when: nominations, ranked-choice polls counted by instant runoff,
 * and finding a date. A winner becomes a club film; a chosen time, a screening.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Polls")
package org.filmclub.poll;
