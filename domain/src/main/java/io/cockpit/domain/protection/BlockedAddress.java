package io.cockpit.domain.protection;

import java.time.Instant;
import java.util.Objects;

/**
 * An address or range refused on every endpoint. Kept permanently: the privacy policy (3.5) allows storing
 * addresses used for attacks for good. {@code blockedBy} is the operator key's name, or {@link #AUTOMATIC}.
 */
public record BlockedAddress(String id, AddressRange range, String reason, String blockedBy, Instant blockedAt) {

    public static final String AUTOMATIC = "automatic";

    public BlockedAddress {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(blockedBy, "blockedBy");
        Objects.requireNonNull(blockedAt, "blockedAt");
        if (reason.isBlank() || reason.length() > 500) {
            throw new IllegalArgumentException("a block reason has 1-500 characters");
        }
    }
}
