package org.filmclub.question;

/** Where a question is on the board. Only OPEN and DISCUSSING questions take votes. */
public enum QuestionStatus {
    OPEN,
    DISCUSSING,
    ANSWERED,
    HIDDEN,
    MERGED;

    boolean takesVotes() {
        return this == OPEN || this == DISCUSSING;
    }
}
