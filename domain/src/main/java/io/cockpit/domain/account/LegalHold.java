package io.cockpit.domain.account;

import java.time.Instant;
import java.util.Objects;

/** The operator stops the retention erasure of an account while a legal claim needs its data. */
public record LegalHold(UserId userId, String reason, Instant since) {

    public static final int MAX_REASON = 500;

    public LegalHold {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
        if (reason.isBlank() || reason.length() > MAX_REASON) {
            throw new io.cockpit.domain.shared.InvalidValueException("legal_hold.reason_invalid",
                    "must be 1 to " + MAX_REASON + " characters");
        }
    }
}
