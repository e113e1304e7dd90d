package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.settings.SettingsApi;
import io.cockpit.adapters.mysql.settings.JdbiSettingsRepository;
import io.cockpit.application.service.settings.SettingsService;
import io.cockpit.domain.settings.SettingsPersonalData;
import io.cockpit.domain.register.PersonalDataCategory;

import java.util.List;

/** The user's language, time zone and daily goals. */
public final class SettingsCapability implements Capability {

    private final SettingsService settings;

    public SettingsCapability(Platform platform) {
        this.settings = new SettingsService(platform.repository(JdbiSettingsRepository::new), platform.transactions(),
                platform.clock());
    }

    public SettingsService settings() {
        return settings;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return SettingsPersonalData.categories();
    }

    @Override
    public List<HttpRoutes> routes() {
        return List.of(SettingsApi.routes(settings));
    }
}
