/**
 * A film's timeline: where along its runtime the club talked, how far the member has watched, and what
 * was said in each stretch as far as their progress allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Timeline")
package org.filmclub.timeline;
