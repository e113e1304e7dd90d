package io.cockpit.domain.linkedin;

import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * The user's own LinkedIn profile. Its URN tells which messages the user sent; {@code modifiedAt} is the client's
 * version of it (an older one never overwrites a newer).
 */
public record OwnProfile(UserId userId, Urn urn, ProfileCard card, Instant modifiedAt, Instant createdAt,
                         Instant updatedAt) {

    public OwnProfile {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
