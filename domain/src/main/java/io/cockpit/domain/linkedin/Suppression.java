package io.cockpit.domain.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact the user deleted, kept off their data: a keyed hash of the profile URN (no name, no URN) and a masked
 * URL to recognise them by. A sync that brings them again is refused until the user lifts it.
 */
public record Suppression(ItemId id, UserId userId, String urnHash, Optional<String> maskedUrl, Instant createdAt) {

    public Suppression {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        if (!Objects.requireNonNull(urnHash, "urnHash").matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a suppression keeps a keyed hash only");
        }
        Objects.requireNonNull(maskedUrl, "maskedUrl");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
