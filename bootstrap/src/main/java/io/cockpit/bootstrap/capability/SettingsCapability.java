package io.cockpit.bootstrap.capability;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.settings.SettingsApi;
import io.cockpit.adapters.mysql.settings.JdbiSettingsRepository;
import io.cockpit.adapters.mysql.template.JdbiTemplateRepository;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.service.settings.SettingsService;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.settings.SettingsPersonalData;

import java.util.List;

/** The user's language, time zone and daily goals. */
public final class SettingsCapability implements Capability {

    private final SettingsService settings;
    private final JdbiSettingsRepository store;

    public SettingsCapability(Platform platform) {
        this.store = platform.repository(JdbiSettingsRepository::new);
        this.settings = new SettingsService(store, platform.repository(JdbiTemplateRepository::new),
                platform.transactions(), platform.clock());
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

    @Override
    public List<PersonalDataStore> personalDataStores() {
        return List.of(store);
    }
}
