package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.settings.JdbiSettingsRepository;
import io.cockpit.application.port.out.settings.SettingsRepository;
import io.cockpit.application.port.out.settings.SettingsRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The SettingsRepository contract on H2 in MySQL mode. */
class H2SettingsRepositoryTest extends SettingsRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected SettingsRepository settings() {
        return under.store().repository(JdbiSettingsRepository::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
