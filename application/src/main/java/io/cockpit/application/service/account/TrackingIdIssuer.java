package io.cockpit.application.service.account;

import io.cockpit.application.port.out.account.TrackingIdHash;
import io.cockpit.application.port.out.account.TrackingIdRegistry;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.account.TrackingWords;

import java.time.Instant;
import java.util.random.RandomGenerator;

/** Draws Tracking-IDs until one has never been issued before, checked by its keyed hash in the registry. */
public final class TrackingIdIssuer {

    /** The purpose of the registry's keyed hashes; changing it would let every earlier Tracking-ID be issued again. */
    public static final String HASH_PURPOSE = "tracking-id-registry";

    /** With millions of combinations, this many collisions in a row means the registry is broken, not unlucky. */
    private static final int MAX_ATTEMPTS = 20;

    private final TrackingWords words;
    private final TrackingIdRegistry registry;
    private final ServerSecret secret;
    private final RandomGenerator random;

    public TrackingIdIssuer(TrackingWords words, TrackingIdRegistry registry, ServerSecret secret,
                            RandomGenerator random) {
        this.words = words;
        this.registry = registry;
        this.secret = secret;
        this.random = random;
    }

    /** What the registry keeps of {@code trackingId}. */
    public static TrackingIdHash hashOf(ServerSecret secret, TrackingId trackingId) {
        return new TrackingIdHash(secret.keyedHash(HASH_PURPOSE, trackingId.value()));
    }

    public TrackingId issue(Instant now) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            TrackingId candidate = words.draw(random);
            if (registry.register(hashOf(secret, candidate), now)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no unused Tracking-ID after " + MAX_ATTEMPTS + " draws");
    }
}
