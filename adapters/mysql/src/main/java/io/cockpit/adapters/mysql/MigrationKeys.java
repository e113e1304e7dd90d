package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.account.TrackingIdHash;
import io.cockpit.domain.account.TrackingId;

import java.util.Objects;
import java.util.function.Function;

/**
 * What migrations that replace data by keyed hashes need from the server secret: today the hash the registry of
 * issued Tracking-IDs keeps ({@code TrackingIdIssuer.hashOf}).
 */
public record MigrationKeys(Function<TrackingId, TrackingIdHash> trackingIdHash) {

    /**
     * For a database that holds nothing a keyed migration must convert (a new one, or one a server has migrated):
     * converting anything fails, naming the remedy.
     */
    public static final MigrationKeys NONE = new MigrationKeys(id -> {
        throw new IllegalStateException("the database holds Tracking-IDs in clear, which this version keeps as keyed "
                + "hashes only: start the server once (it has the server secret) to convert them");
    });

    public MigrationKeys {
        Objects.requireNonNull(trackingIdHash, "trackingIdHash");
    }
}
