package io.cockpit.application.port.out.access;

import io.cockpit.domain.access.Password;
import io.cockpit.domain.access.PasswordHash;

/** A slow, salted password hash. */
public interface PasswordHasher {

    PasswordHash hash(Password password);

    /** Whether the password matches; {@code false} for hashes this hasher cannot read. */
    boolean verify(Password password, PasswordHash hash);

    /** Whether the hash was made with other (older) parameters and should be made again at the next sign-in. */
    boolean needsRehash(PasswordHash hash);
}
