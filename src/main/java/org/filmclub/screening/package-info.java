/** Screenings: hosts schedule watch sessions, members RSVP, calendars follow, and the club meets in a live room. */
@org.springframework.modulith.ApplicationModule(displayName = "Screenings")
package org.filmclub.screening;
