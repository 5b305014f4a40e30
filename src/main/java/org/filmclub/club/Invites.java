package org.filmclub.club;

import java.time.Instant;
import java.util.Optional;
import org.filmclub.base.LinkTokens;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Invite codes derived from each club's seed (see {@link LinkTokens}): the code is shown to hosts
 * and never stored, a link is found by the code's hash. On start, a club that has no seed yet (one
 * made before codes were derived) gets a new invite with the expiry its old one had.
 */
@Component
class Invites implements SmartInitializingSingleton {

    private static final String PURPOSE = "invite";
    /** Longer than any code this app makes; anything longer is not looked up. */
    private static final int CODE_MAX = 64;

    private final LinkTokens tokens;
    private final JdbcClient jdbc;

    Invites(LinkTokens tokens, JdbcClient jdbc) {
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    InviteSecret create(Instant expiresAt) {
        var seed = tokens.newSeed();
        return new InviteSecret(seed, LinkTokens.hash(tokens.token(PURPOSE, seed)), expiresAt);
    }

    Invite of(Club club) {
        return new Invite(tokens.token(PURPOSE, club.inviteSeed()), club.inviteExpiresAt());
    }

    /** The hash to look a code up by; empty for what cannot be a code. */
    Optional<String> hashOf(String code) {
        return Optional.ofNullable(code)
                .filter(c -> !c.isEmpty() && c.length() <= CODE_MAX)
                .map(LinkTokens::hash);
    }

    /** Each node may try at once: only a club still without a seed is changed, so one of them wins. */
    @Override
    public void afterSingletonsInstantiated() {
        var unseeded = jdbc.sql("select id from clubs where invite_seed is null")
                .query(Long.class)
                .list();
        for (var id : unseeded) {
            var invite = create(Instant.EPOCH);
            jdbc.sql("update clubs set invite_seed = :s, invite_hash = :h where id = :id and invite_seed is null")
                    .param("s", invite.seed())
                    .param("h", invite.hash())
                    .param("id", id)
                    .update();
        }
    }
}
