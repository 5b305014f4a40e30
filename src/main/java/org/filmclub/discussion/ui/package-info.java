/**
 * The discussion's screen parts. Open to the features built on it for the dialog of what was written near a moment
 * of the film, which the question board opens too.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.filmclub.discussion.ui;
