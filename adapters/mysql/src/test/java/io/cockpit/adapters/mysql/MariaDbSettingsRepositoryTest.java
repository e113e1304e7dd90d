package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.settings.JdbiSettingsRepository;
import io.cockpit.application.port.out.settings.SettingsRepository;
import io.cockpit.application.port.out.settings.SettingsRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The SettingsRepository contract on the real MariaDB server. */
class MariaDbSettingsRepositoryTest extends SettingsRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected SettingsRepository settings() {
        return under.store().repository(JdbiSettingsRepository::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
