package io.cockpit.domain.privacy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Whether the user has restricted the processing of their data (Art. 18 GDPR), and since when. */
public record ProcessingRestriction(Optional<Instant> since) {

    public static final ProcessingRestriction NONE = new ProcessingRestriction(Optional.empty());

    public ProcessingRestriction {
        Objects.requireNonNull(since, "since");
    }

    public static ProcessingRestriction since(Instant at) {
        return new ProcessingRestriction(Optional.of(at));
    }

    public boolean restricted() {
        return since.isPresent();
    }
}
