package io.cockpit.domain.account;


import java.time.Instant;
import java.util.Objects;

/** What the partner learns of an erased account: its own reference and when the erasure completed, nothing more. */
public record ErasedAccount(ExternalId externalId, Instant deletedAt) {

    public ErasedAccount {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }
}
