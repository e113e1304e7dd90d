package io.cockpit.domain.linkedin;

import java.time.Instant;
import java.util.Objects;

/** The user's own profile as the client read it, in its version {@code modifiedAt}. */
public record ProfileUpsert(Urn urn, ProfileCard card, Instant modifiedAt) implements SyncItem {

    public ProfileUpsert {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(card, "card");
        modifiedAt = SyncRules.kept(Objects.requireNonNull(modifiedAt, "modifiedAt"));
    }

    @Override
    public Instant version() {
        return modifiedAt;
    }
}
