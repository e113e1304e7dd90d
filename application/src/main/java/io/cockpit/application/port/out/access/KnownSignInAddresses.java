package io.cockpit.application.port.out.access;

import io.cockpit.domain.account.UserId;

import java.time.Instant;

/**
 * Addresses a user signed in from successfully, as keyed hashes: while an account is under attack from many
 * addresses, these still get through.
 */
public interface KnownSignInAddresses {

    boolean isKnown(UserId userId, String addressHash);

    void remember(UserId userId, String addressHash, Instant signedInAt);
}
