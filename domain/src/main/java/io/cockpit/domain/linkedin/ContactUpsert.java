package io.cockpit.domain.linkedin;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A contact as the client read it from LinkedIn, in its version {@code modifiedAt}. */
public record ContactUpsert(Urn urn, ProfileCard card, Optional<Instant> connectedAt, Instant modifiedAt)
        implements SyncItem {

    public ContactUpsert {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(card, "card");
        connectedAt = SyncRules.kept(Objects.requireNonNull(connectedAt, "connectedAt"));
        modifiedAt = SyncRules.kept(Objects.requireNonNull(modifiedAt, "modifiedAt"));
    }

    @Override
    public Instant version() {
        return modifiedAt;
    }
}
