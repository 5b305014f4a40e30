package org.filmclub.question;

/** Something on a film's board changed; its open boards are redrawn soon, together with other changes. */
record QuestionsChanged(long filmId, long clubId) {}
