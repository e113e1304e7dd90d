package io.cockpit.domain.linkedin;

import java.time.Instant;
import java.util.Objects;

/**
 * A deletion marker from the client: the item is gone on LinkedIn since {@code deletedAt}. It is the item's newest
 * version; an older version arriving later does not bring the item back.
 */
public record Deletion(Urn urn, Instant deletedAt) implements SyncItem {

    public Deletion {
        Objects.requireNonNull(urn, "urn");
        deletedAt = SyncRules.kept(Objects.requireNonNull(deletedAt, "deletedAt"));
    }

    @Override
    public Instant version() {
        return deletedAt;
    }
}
