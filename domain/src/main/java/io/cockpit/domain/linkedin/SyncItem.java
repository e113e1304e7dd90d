package io.cockpit.domain.linkedin;

import java.time.Instant;

/** One item of a sync batch: keyed by its URN, ordered by its version (the newest wins). */
public interface SyncItem {

    Urn urn();

    Instant version();
}
