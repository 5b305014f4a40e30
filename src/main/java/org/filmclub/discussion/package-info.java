/** A film's live discussion: messages, replies, moderation, presence and typing. */
@org.springframework.modulith.ApplicationModule(displayName = "Discussion")
package org.filmclub.discussion;
