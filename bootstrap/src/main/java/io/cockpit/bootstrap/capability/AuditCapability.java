package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.application.service.audit.AuditLogPseudonyms;
import io.cockpit.domain.audit.AuditPersonalData;
import io.cockpit.domain.register.PersonalDataCategory;

import java.util.List;

/**
 * The operator's audit log: written by other capabilities' services, declared here, and pseudonymised here (an erased
 * user's User-ID at the erasure, actor and target three years after the event).
 */
public final class AuditCapability implements Capability {

    private final AuditLogPseudonyms pseudonyms;

    public AuditCapability(Platform platform) {
        this.pseudonyms = new AuditLogPseudonyms(platform.repository(JdbiAuditLog::new), platform.pseudonyms());
    }

    /** What an erasure calls to replace the user's User-ID in the log. */
    public AuditLogPseudonyms pseudonyms() {
        return pseudonyms;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return AuditPersonalData.categories();
    }

    @Override
    public List<ExpiringPersonalData> expiringData() {
        return List.of(pseudonyms);
    }

    @Override
    public List<HttpRoutes> routes() {
        return List.of();
    }
}
