/**
 * Ratings and takes: each member's stars for a club's films before and after the discussion, the
 * club's taste, and a member's ratings in and out as Letterboxd CSV.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ratings")
package org.filmclub.rating;
