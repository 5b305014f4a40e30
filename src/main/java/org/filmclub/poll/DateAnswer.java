package org.filmclub.poll;

/** A member's answer to one proposed time. */
public enum DateAnswer {
    YES("Yes"),
    IF_NEED_BE("If need be"),
    NO("No");

    private final String label;

    DateAnswer(String label) {
        this.label = label;
    }

    /** How the answer is written on the page: the same words in the table and in the member's own choices. */
    public String label() {
        return label;
    }
}
