package io.cockpit.application.service.linkedin;

import io.cockpit.application.security.ServerSecret;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.Urn;

/**
 * The keyed hash under which deleted items and suppressed contacts are remembered: HMAC of the User-ID and the URN,
 * so the stored value names no one, and the same person has unrelated hashes at two users.
 */
final class UrnHasher {

    private static final String PURPOSE = "linkedin-deleted-urn";

    private final ServerSecret secret;

    UrnHasher(ServerSecret secret) {
        this.secret = secret;
    }

    String hash(UserId user, Urn urn) {
        return secret.keyedHash(PURPOSE, user.value() + "\n" + urn.value());
    }
}
