package org.filmclub.base.mail;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A mail as the outbox holds it, claimed by a sender. */
record OutboxRow(
        long id,
        String claim,
        String kind,
        String to,
        @Nullable String toName,
        String subject,
        String text,
        String html,
        Map<String, String> headers,
        Mail.@Nullable Calendar calendar,
        int attempts,
        Instant createdAt) {}
