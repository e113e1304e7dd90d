package io.cockpit.adapters.http.handler;

import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** Small conversions between domain values and their form on the wire. */
public final class Wire {

    private Wire() {
    }

    /** Times go out in UTC. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A path id the contract accepted as a UUID; UUIDs ignore case, ids are stored in lower case. */
    public static ItemId itemId(String pathValue) {
        return new ItemId(pathValue.toLowerCase(Locale.ROOT));
    }
}
