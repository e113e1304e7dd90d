package io.cockpit.application.port.out.access;

import io.cockpit.domain.access.Password;
import io.cockpit.domain.access.PasswordHash;

import java.util.UUID;

/** A slow, salted password hash. */
public interface PasswordHasher {

    PasswordHash hash(Password password);

    /** Whether the password matches; {@code false} for hashes this hasher cannot read. */
    boolean verify(Password password, PasswordHash hash);

    /** Whether the hash was made with other (older) parameters and should be made again at the next sign-in. */
    boolean needsRehash(PasswordHash hash);

    /**
     * Refuses at once (503 {@code server.busy}) when a check asked for now would be refused anyway, so that a sign-in
     * in a storm is refused before its other work (the account lookup, the limits). Never refuses while a check
     * could still get its turn; this default never refuses.
     */
    default void refuseIfBusy() {
    }

    /**
     * A hash with the current parameters that no password matches: checking a password against it costs what checking
     * against a user's hash costs (sign-in with an unknown e-mail address). Implementations make it without hashing;
     * this default hashes a random password that is never kept.
     */
    default PasswordHash unmatchable() {
        return hash(new Password(UUID.randomUUID() + " " + UUID.randomUUID()));
    }
}
