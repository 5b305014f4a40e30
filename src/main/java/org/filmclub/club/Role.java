package org.filmclub.club;

public enum Role {
    HOST,
    MEMBER;

    public String label() {
        return this == HOST ? "Host" : "Member";
    }
}
