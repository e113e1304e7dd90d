package io.cockpit.domain.audit;

import java.time.Instant;
import java.util.Objects;

/** One call by operator staff: who (the key's name), what (the action), on what (the target), when. */
public record AuditEvent(String actor, String action, String target, Instant at) {

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
    }
}
