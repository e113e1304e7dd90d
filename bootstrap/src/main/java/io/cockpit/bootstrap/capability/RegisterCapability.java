package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.register.ProcessingActivitiesApi;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.register.Register;

import java.util.List;

/**
 * The register of personal data, assembled from what every other capability declares, and what is driven by it: the
 * public record of processing. It is built last, after the capabilities it assembles; it declares no data itself.
 */
public final class RegisterCapability implements Capability {

    private final Register register;

    public RegisterCapability(List<Capability> capabilities) {
        this.register = Register.of(capabilities.stream().flatMap(c -> c.personalData().stream()).toList());
    }

    public Register register() {
        return register;
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
