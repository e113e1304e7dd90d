package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.SettingsRepository;
import io.cockpit.application.port.out.SettingsRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The SettingsRepository contract on H2 in MySQL mode. */
class H2SettingsRepositoryTest extends SettingsRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected SettingsRepository settings() {
        return under.store().settings();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
