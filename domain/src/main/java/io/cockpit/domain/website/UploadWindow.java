package io.cockpit.domain.website;

import io.cockpit.domain.access.TokenHash;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Who may upload an application's documents, until when: the hash of the upload token handed out when applying. */
public record UploadWindow(TokenHash token, Instant until) {

    /** How long the upload token works. */
    public static final Duration VALIDITY = Duration.ofHours(1);

    public UploadWindow {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(until, "until");
    }

    public boolean admits(TokenHash presented, Instant now) {
        return token.equals(presented) && now.isBefore(until);
    }
}
