package io.cockpit.domain.account;

import io.cockpit.domain.shared.LineText;

import java.time.Instant;
import java.util.Objects;

/**
 * The operator stops the retention erasure of an account while a legal claim needs its data. The reason is one line
 * of 1 to 500 characters (trimmed), without control characters, as an application's hold reason.
 */
public record LegalHold(UserId userId, String reason, Instant since) {

    public static final int MAX_REASON = 500;

    public LegalHold {
        Objects.requireNonNull(userId, "userId");
        reason = LineText.line(reason, "reason", MAX_REASON);
        Objects.requireNonNull(since, "since");
    }
}
