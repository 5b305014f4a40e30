/** Films in a club and their essays with drafts and revisions. */
@org.springframework.modulith.ApplicationModule(displayName = "Films")
package org.filmclub.film;
