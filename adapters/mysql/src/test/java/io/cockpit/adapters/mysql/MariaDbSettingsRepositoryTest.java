package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.SettingsRepository;
import io.cockpit.application.port.out.SettingsRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The SettingsRepository contract on the real MariaDB server. */
class MariaDbSettingsRepositoryTest extends SettingsRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected SettingsRepository settings() {
        return under.store().settings();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
