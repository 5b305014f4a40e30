package org.filmclub.member;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.filmclub.base.AppPaths;
import org.filmclub.base.LinkTokens;
import org.filmclub.base.PublicUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed links in mail that turn one kind of mail off for one member without logging in: the signature
 * is an HMAC-SHA256 of the member's id and the kind under a server secret, so a link cannot be changed to
 * another member or another kind. Nothing is stored; a new secret ends every link already mailed.
 *
 * <p>The secret is {@code filmclub.mail.unsubscribe-secret} when set (the same on every node), otherwise
 * one derived from the installation's link secret ({@link LinkTokens}), which is made on first start.
 */
@Component
class UnsubscribeLinks {

    static final int SECRET_MIN = 32;

    private final SecretKeySpec key;
    private final PublicUrl publicUrl;

    UnsubscribeLinks(
            @Value("${filmclub.mail.unsubscribe-secret:}") String configured, LinkTokens tokens, PublicUrl publicUrl) {
        var secret = configured.isBlank() ? tokens.token("mail-unsubscribe-secret", "") : configured.strip();
        if (secret.length() < SECRET_MIN) {
            throw new IllegalStateException(
                    "filmclub.mail.unsubscribe-secret must have at least " + SECRET_MIN + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.publicUrl = publicUrl;
    }

    /** Where the links go, once for many links; empty when no absolute address can be made. */
    Optional<String> base() {
        return publicUrl.of(AppPaths.unsubscribe());
    }

    /** The link for this member and kind under the {@link #base}. */
    String link(String base, long memberId, MailKind kind) {
        return base + "?m=" + memberId + "&k=" + kind.key() + "&s=" + signature(memberId, kind);
    }

    String signature(long memberId, MailKind kind) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            var bytes = mac.doFinal(("unsubscribe:" + memberId + ":" + kind.key()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether the signature is this member's for this kind, compared in constant time. */
    boolean valid(long memberId, MailKind kind, String signature) {
        return signature != null
                && MessageDigest.isEqual(
                        signature(memberId, kind).getBytes(StandardCharsets.US_ASCII),
                        signature.getBytes(StandardCharsets.UTF_8));
    }
}
