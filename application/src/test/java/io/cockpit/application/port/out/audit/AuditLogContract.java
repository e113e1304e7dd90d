package io.cockpit.application.port.out.audit;

import io.cockpit.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs against an empty store. */
public abstract class AuditLogContract {

    protected abstract AuditLog audit();

    @Test
    void keepsEventsInOrderNewestFirst() {
        Instant t0 = Instant.parse("2026-11-29T10:00:00.001Z");
        AuditEvent first = new AuditEvent("olivia", "blocked_addresses.block", "203.0.113.0/24", t0);
        AuditEvent second = new AuditEvent("olivia", "blocked_addresses.list", "-", t0);
        AuditEvent third = new AuditEvent("oscar", "blocked_addresses.unblock", "id-1", t0.plusSeconds(1));
        audit().record(first);
        audit().record(second);
        audit().record(third);

        assertThat(audit().latest(2)).containsExactly(third, second);
        assertThat(audit().latest(10)).containsExactly(third, second, first);
    }
}
