package io.cockpit.application.service.audit;

import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.security.Pseudonyms;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.audit.AuditPersonalData;

import java.time.Instant;

/**
 * Keyed hashes in place of identifiers in the audit log: the User-ID of an erased user (so that after an erasure no
 * table names the user), and, three years after an event, its actor and target (the register's retention of the
 * audit log; the retention job calls {@link #deleteExpired}).
 */
public final class AuditLogPseudonyms implements ExpiringPersonalData {

    private final AuditLog audit;
    private final Pseudonyms pseudonyms;

    public AuditLogPseudonyms(AuditLog audit, Pseudonyms pseudonyms) {
        this.audit = audit;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public String category() {
        return AuditPersonalData.AUDIT_LOG.id();
    }

    /**
     * Replaces the user's User-ID in up to {@code limit} events by the user's pseudonym (the one the data-subject
     * requests get too); 0 once no event names the user.
     */
    public int pseudonymiseUser(UserId user, int limit) {
        return audit.replaceInTargets(user.value(), pseudonyms.pseudonymOf(user).value(), limit);
    }

    /** Pseudonymises actor and target of events recorded before {@code cutoff}: "deleted" is "pseudonymised" here. */
    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        return audit.pseudonymiseRecordedBefore(cutoff, pseudonyms::of, limit);
    }
}
