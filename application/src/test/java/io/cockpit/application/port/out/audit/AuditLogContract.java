package io.cockpit.application.port.out.audit;

import io.cockpit.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs against an empty store. */
public abstract class AuditLogContract {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00.001Z");
    private static final UnaryOperator<String> HASHED = text -> "h(" + text + ")";

    protected abstract AuditLog audit();

    @Test
    void keepsEventsInOrderNewestFirst() {
        AuditEvent first = new AuditEvent("olivia", "blocked_addresses.block", "203.0.113.0/24", T0);
        AuditEvent second = new AuditEvent("olivia", "blocked_addresses.list", "-", T0);
        AuditEvent third = new AuditEvent("oscar", "blocked_addresses.unblock", "id-1", T0.plusSeconds(1));
        audit().record(first);
        audit().record(second);
        audit().record(third);

        assertThat(audit().latest(2)).containsExactly(third, second);
        assertThat(audit().latest(10)).containsExactly(third, second, first);
    }

    @Test
    void replacesAnIdentifierInTheTargetsThatNameItInBatches() {
        String user = "0190c0de-0000-7000-8000-00000000000a";
        String other = "0190c0de-0000-7000-8000-00000000000b";
        audit().record(new AuditEvent("olivia", "accounts.find_by_email", "user " + user, T0));
        audit().record(new AuditEvent("olivia", "accounts.find_by_email", other, T0.plusMillis(1)));
        audit().record(new AuditEvent("oscar", "data_subject_requests.record", user + " and " + user,
                T0.plusMillis(2)));
        audit().record(new AuditEvent("oscar", "erasure", user, T0.plusMillis(3)));

        assertThat(audit().replaceInTargets(user, "pseudonym-1", 2)).isEqualTo(2);
        assertThat(audit().replaceInTargets(user, "pseudonym-1", 2)).isEqualTo(1);
        assertThat(audit().replaceInTargets(user, "pseudonym-1", 2)).isZero();

        assertThat(audit().latest(10)).extracting(AuditEvent::target).containsExactly("pseudonym-1",
                "pseudonym-1 and pseudonym-1", other, "user pseudonym-1");
        assertThat(audit().latest(10)).extracting(AuditEvent::actor).containsExactly("oscar", "oscar", "olivia",
                "olivia");
    }

    @Test
    void eventsPastTheirPeriodGetPseudonymousActorsAndTargetsOnceInBatches() {
        audit().record(new AuditEvent("olivia", "blocked_addresses.block", "203.0.113.0/24", T0));
        audit().record(new AuditEvent("oscar", "blocked_addresses.list", "-", T0.plusSeconds(1)));
        audit().record(new AuditEvent("olivia", "blocked_addresses.unblock", "id-1", T0.plusSeconds(2)));
        audit().record(new AuditEvent("olivia", "blocked_addresses.list", "-", T0.plusSeconds(3)));
        Instant cutoff = T0.plusSeconds(3);

        assertThat(audit().pseudonymiseRecordedBefore(cutoff, HASHED, 2)).isEqualTo(2);
        assertThat(audit().pseudonymiseRecordedBefore(cutoff, HASHED, 2)).isEqualTo(1);
        assertThat(audit().pseudonymiseRecordedBefore(cutoff, HASHED, 2)).as("each event once").isZero();

        List<AuditEvent> events = audit().latest(10);
        assertThat(events).extracting(AuditEvent::actor).containsExactly("olivia", "h(olivia)", "h(oscar)",
                "h(olivia)");
        assertThat(events).extracting(AuditEvent::target).containsExactly("-", "h(id-1)", "-", "h(203.0.113.0/24)");
        assertThat(events).extracting(AuditEvent::action).containsExactly("blocked_addresses.list",
                "blocked_addresses.unblock", "blocked_addresses.list", "blocked_addresses.block");
    }
}
