package io.cockpit.application.service.account;

import io.cockpit.application.port.out.account.TrackingIdRegistry;
import io.cockpit.domain.account.TrackingId;
import io.cockpit.domain.account.TrackingWords;

import java.time.Instant;
import java.util.random.RandomGenerator;

/** Draws Tracking-IDs until one has never been issued before. */
public final class TrackingIdIssuer {

    /** With millions of combinations, this many collisions in a row means the registry is broken, not unlucky. */
    private static final int MAX_ATTEMPTS = 20;

    private final TrackingWords words;
    private final TrackingIdRegistry registry;
    private final RandomGenerator random;

    public TrackingIdIssuer(TrackingWords words, TrackingIdRegistry registry, RandomGenerator random) {
        this.words = words;
        this.registry = registry;
        this.random = random;
    }

    public TrackingId issue(Instant now) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            TrackingId candidate = words.draw(random);
            if (registry.register(candidate, now)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no unused Tracking-ID after " + MAX_ATTEMPTS + " draws");
    }
}
