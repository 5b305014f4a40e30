package org.filmclub.club;

import java.time.Instant;
import org.filmclub.base.AppPaths;

/** The secret that lets whoever holds it join a club, until it expires or a host replaces it. */
public record Invite(String code, Instant expiresAt) {

    public String path() {
        return AppPaths.join(code);
    }
}
