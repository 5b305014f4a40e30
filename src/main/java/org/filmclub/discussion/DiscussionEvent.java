package org.filmclub.discussion;

import org.filmclub.base.live.LiveEvent;

/** A live event the discussion panel shows, so a panel ignores the other events on its film's topic. */
public sealed interface DiscussionEvent extends LiveEvent
        permits MessagePosted, MessageChanged, PresenceChanged, MemberTyping {}
