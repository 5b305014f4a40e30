package org.filmclub.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secrets in links that work without a login (an invite, a calendar address), without keeping
 * them in the database: the database holds a random seed and the SHA-256 of the token; the token is
 * an HMAC of the seed under a server secret kept outside the database. So a copy of the database
 * opens no club and no calendar, while a host can still copy their invite link and a member their
 * calendar address at any time. Replacing the seed kills the old link.
 *
 * <p>The secret is {@code filmclub.link-secret} when set (all nodes of one installation need the
 * same one), otherwise a file in the data folder, made on first start and readable by its owner only.
 * A new secret changes every link.
 */
@Component
public class LinkTokens {

    static final String SECRET_FILE = "link-secret";
    static final int SECRET_MIN = 32;
    private static final int SEED_BYTES = 16;
    /** 192 bits of the HMAC: far beyond guessing, and a short enough link. */
    private static final int TOKEN_BYTES = 24;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    LinkTokens(
            @Value("${filmclub.link-secret:}") String configured, @Value("${filmclub.data-dir:./data}") Path dataDir) {
        var secret = configured.isBlank() ? fromFile(dataDir.resolve(SECRET_FILE)) : configured.strip();
        if (secret.length() < SECRET_MIN) {
            throw new IllegalStateException("filmclub.link-secret must have at least " + SECRET_MIN + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A new random seed to store. */
    public String newSeed() {
        var bytes = new byte[SEED_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The token for a seed; {@code purpose} keeps an invite's token from ever being a calendar's. */
    public String token(String purpose, String seed) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            var full = mac.doFinal((purpose + ":" + seed).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, TOKEN_BYTES));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** What the database keeps of a token, and looks it up by. */
    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Reads the secret, or makes it: written to a private file first and then linked into place, so two
     * nodes starting at once on one folder end up with the same secret and no one reads half of one.
     */
    private static String fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                var bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                var draft =
                        privateFile(file.resolveSibling(SECRET_FILE + ".new-" + Long.toHexString(RANDOM.nextLong())));
                try {
                    Files.writeString(
                            draft, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
                    Files.createLink(file, draft);
                } catch (FileAlreadyExistsException anotherNodeWasFirst) {
                    // theirs is read below
                } finally {
                    Files.deleteIfExists(draft);
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read or create the link secret " + file.toAbsolutePath()
                            + "; set filmclub.link-secret or make the data folder writable",
                    e);
        }
    }

    private static Path privateFile(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(
                    path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(path);
    }
}
