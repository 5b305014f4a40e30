/**
 * Watching a film: a moment in it as a value, each member's progress through it, and what that progress
 * lets them see of what others wrote about later moments.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Watching")
package org.filmclub.watch;
