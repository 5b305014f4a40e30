package org.filmclub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Date;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * Remembered logins with only a SHA-256 hash of each cookie's token stored, so that someone who reads
 * the table (a backup, a leaked dump) cannot log in with what they read. The token is 16 random
 * bytes, so a plain hash is enough; the series stays as it is, since the table is looked up by it.
 */
final class HashedRememberMeTokens implements PersistentTokenRepository {

    private final PersistentTokenRepository stored;

    HashedRememberMeTokens(PersistentTokenRepository stored) {
        this.stored = stored;
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    @Override
    public void createNewToken(PersistentRememberMeToken token) {
        stored.createNewToken(new PersistentRememberMeToken(
                token.getUsername(), token.getSeries(), hash(token.getTokenValue()), token.getDate()));
    }

    @Override
    public void updateToken(String series, String tokenValue, Date lastUsed) {
        stored.updateToken(series, hash(tokenValue), lastUsed);
    }

    /** The stored token is the hash: compare it with {@link #hash} of the token presented. */
    @Override
    public PersistentRememberMeToken getTokenForSeries(String seriesId) {
        return stored.getTokenForSeries(seriesId);
    }

    @Override
    public void removeUserTokens(String username) {
        stored.removeUserTokens(username);
    }
}
