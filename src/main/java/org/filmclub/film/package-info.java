/** Films in a club, their essays with drafts and revisions, and the safe Markdown renderer. */
@org.springframework.modulith.ApplicationModule(displayName = "Films")
package org.filmclub.film;
