package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.domain.audit.AuditPersonalData;
import io.cockpit.domain.register.PersonalDataCategory;

import java.util.List;

/** The operator's audit log: written by other capabilities' services, declared here. */
public final class AuditCapability implements Capability {

    @Override
    public List<PersonalDataCategory> personalData() {
        return AuditPersonalData.categories();
    }

    @Override
    public List<HttpRoutes> routes() {
        return List.of();
    }
}
