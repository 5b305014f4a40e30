package org.filmclub.member;

/** Published after a member changed their password, so remembered logins elsewhere can be forgotten. */
public record PasswordChanged(long memberId, String username) {}
