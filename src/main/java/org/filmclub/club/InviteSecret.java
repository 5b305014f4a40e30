package org.filmclub.club;

import java.time.Instant;

/** What a club keeps of its invite: the seed its code is derived from, and the code's hash to find it by. */
record InviteSecret(String seed, String hash, Instant expiresAt) {}
