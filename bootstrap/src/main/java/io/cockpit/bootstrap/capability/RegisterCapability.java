package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.register.ProcessingActivitiesApi;
import io.cockpit.adapters.mysql.register.JdbiRetentionRuns;
import io.cockpit.application.service.register.RegisterStores;
import io.cockpit.application.service.register.RetentionJob;
import io.cockpit.application.service.shared.LeasedJob;
import io.cockpit.bootstrap.config.CockpitSettings;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.Register;

import java.util.List;

/**
 * The register of personal data, assembled from what every other capability declares, and what is driven by it: the
 * public record of processing, the stores that export and erase each category (checked against the register at
 * start: a disagreement stops the start), and the leased retention job. It is built last, after the capabilities it
 * assembles; it declares no data itself.
 */
public final class RegisterCapability implements Capability {

    private final Register register;
    private final RegisterStores stores;

    public RegisterCapability(Platform platform, List<Capability> capabilities) {
        this.register = Register.of(capabilities.stream().flatMap(c -> c.personalData().stream()).toList());
        this.stores = new RegisterStores(register,
                capabilities.stream().flatMap(c -> c.personalDataStores().stream()).toList(),
                capabilities.stream().flatMap(c -> c.expiringData().stream()).toList());
        RetentionJob retention = new RetentionJob(stores, platform.repository(JdbiRetentionRuns::new),
                platform.clock());
        CockpitSettings.JobTiming timing = platform.settings().retentionJob();
        platform.jobs().schedule(new LeasedJob(RetentionJob.NAME, timing.interval(), timing.lease(), retention::run));
    }

    public Register register() {
        return register;
    }

    /** The stores behind the register, for export, erasure and retention. */
    public RegisterStores stores() {
        return stores;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return List.of();
    }

    @Override
    public List<HttpRoutes> routes() {
        return List.of(ProcessingActivitiesApi.routes(register));
    }
}
