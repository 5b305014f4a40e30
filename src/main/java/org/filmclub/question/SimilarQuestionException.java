package org.filmclub.question;

import java.util.List;

/** An open question reads much like the proposed one; nothing was written, and the member may post anyway. */
public class SimilarQuestionException extends RuntimeException {

    private final List<QuestionCard> similar;

    SimilarQuestionException(List<QuestionCard> similar) {
        super("A question like this is already open. Vote for it instead, or post yours anyway.");
        this.similar = similar;
    }

    public List<QuestionCard> similar() {
        return similar;
    }
}
