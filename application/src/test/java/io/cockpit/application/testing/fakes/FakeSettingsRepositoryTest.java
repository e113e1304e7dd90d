package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.settings.SettingsRepository;
import io.cockpit.application.port.out.settings.SettingsRepositoryContract;

class FakeSettingsRepositoryTest extends SettingsRepositoryContract {

    private final SettingsRepository settings = new FakeSettingsRepository(new FakeDatabase());

    @Override
    protected SettingsRepository settings() {
        return settings;
    }
}
