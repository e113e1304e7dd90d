package io.cockpit.application.port.out.audit;

import io.cockpit.domain.audit.AuditEvent;

import java.util.List;

/** The append-only record of what operator staff did. */
public interface AuditLog {

    void record(AuditEvent event);

    /** The latest events, newest first (for support and tests). */
    List<AuditEvent> latest(int limit);
}
