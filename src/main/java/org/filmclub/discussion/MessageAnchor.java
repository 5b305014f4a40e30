package org.filmclub.discussion;

/** Where a message is anchored in its film, who wrote it and which thread it is in, without its text. */
record MessageAnchor(long momentMs, long authorId, Long replyTo) {}
