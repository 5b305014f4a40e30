package org.filmclub.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secret behind invite and calendar links: outside the database, private, and the same on every start. */
class LinkTokensTest {

    private static final String SECRET = "a secret of thirty-two characters or more";

    @Test
    void the_secret_file_is_made_on_first_start_readable_by_its_owner_only_and_kept_across_starts(@TempDir Path dir)
            throws Exception {
        var data = dir.resolve("data");
        var first = new LinkTokens("", data);
        var file = data.resolve(LinkTokens.SECRET_FILE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.list(data)).containsExactly(file);
        var seed = first.newSeed();
        assertThat(new LinkTokens("", data).token("invite", seed)).isEqualTo(first.token("invite", seed));
    }

    @Test
    void another_secret_or_another_purpose_gives_another_token_and_a_seed_alone_gives_none(@TempDir Path dir) {
        var tokens = new LinkTokens(SECRET, dir);
        var seed = tokens.newSeed();
        var token = tokens.token("invite", seed);

        assertThat(token).hasSize(32).matches("[A-Za-z0-9_-]+").isNotEqualTo(seed);
        assertThat(tokens.token("calendar-feed", seed)).isNotEqualTo(token);
        assertThat(new LinkTokens(SECRET + "!", dir).token("invite", seed)).isNotEqualTo(token);
        assertThat(new LinkTokens("", dir).token("invite", seed)).isNotEqualTo(token);
        assertThat(tokens.newSeed()).isNotEqualTo(seed);
        assertThat(LinkTokens.hash(token)).hasSize(64).isNotEqualTo(LinkTokens.hash(seed));
    }

    @Test
    void a_configured_secret_too_short_to_be_safe_stops_the_start(@TempDir Path dir) {
        assertThatThrownBy(() -> new LinkTokens("short", dir)).hasMessageContaining("at least 32 characters");
        assertThat(Files.exists(dir.resolve(LinkTokens.SECRET_FILE)))
                .as("a configured secret makes no file")
                .isFalse();
    }
}
