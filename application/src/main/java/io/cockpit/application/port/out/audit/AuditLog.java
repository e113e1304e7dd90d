package io.cockpit.application.port.out.audit;

import io.cockpit.domain.audit.AuditEvent;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** The append-only record of what operator staff did. */
public interface AuditLog {

    void record(AuditEvent event);

    /** The latest events, newest first (for support and tests). */
    List<AuditEvent> latest(int limit);

    /**
     * Replaces {@code identifier} (an erased user's User-ID) by {@code pseudonym} in the targets of up to {@code limit}
     * events; how many it changed (0: no event names the identifier any more).
     */
    int replaceInTargets(String identifier, String pseudonym, int limit);

    /**
     * Replaces actor and target of up to {@code limit} events recorded before {@code cutoff} and not replaced yet by
     * {@code pseudonym} of each (a target of "-" stays); how many it changed.
     */
    int pseudonymiseRecordedBefore(Instant cutoff, UnaryOperator<String> pseudonym, int limit);
}
