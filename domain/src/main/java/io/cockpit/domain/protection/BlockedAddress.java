package io.cockpit.domain.protection;

import io.cockpit.domain.shared.LineText;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An address or range refused on every endpoint. Kept permanently unless it carries an {@code expiresAt}: the privacy
 * policy (3.5) allows storing addresses used for attacks for good. From {@code expiresAt} on the block no longer
 * applies (a job removes it soon after). {@code blockedBy} is the operator key's name, or {@link #AUTOMATIC}.
 */
public record BlockedAddress(String id, AddressRange range, String reason, String blockedBy, Instant blockedAt,
                             Optional<Instant> expiresAt) {

    public static final String AUTOMATIC = "automatic";
    /** A reason is one line of 1 to 500 characters (code points), as a legal hold's. */
    public static final int MAX_REASON = 500;

    public BlockedAddress {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(range, "range");
        reason = LineText.line(reason, "reason", MAX_REASON);
        Objects.requireNonNull(blockedBy, "blockedBy");
        Objects.requireNonNull(blockedAt, "blockedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(blockedAt)) {
            throw new IllegalArgumentException("a block expires after it was made");
        }
    }

    /** A permanent block. */
    public BlockedAddress(String id, AddressRange range, String reason, String blockedBy, Instant blockedAt) {
        this(id, range, reason, blockedBy, blockedAt, Optional.empty());
    }

    /** Whether the block applies at {@code now}: it has no expiry, or has not reached it. */
    public boolean inForceAt(Instant now) {
        return expiresAt.map(now::isBefore).orElse(true);
    }
}
