package io.cockpit.adapters.mysql.settings;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.settings.SettingsRepository;
import io.cockpit.application.port.out.settings.SettingsRepositoryContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The SettingsRepository contract on JdbiSettingsRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiSettingsRepositoryTest {

    @Nested
    class OnH2 extends Contract {
        OnH2() {
            super(StoreUnderTest.h2());
        }
    }

    @Nested
    @NeedsRealServers
    class OnMariaDb extends Contract {
        OnMariaDb() {
            super(StoreUnderTest.mariaDb());
        }
    }

    /** The contract on a fresh store per test. */
    abstract static class Contract extends SettingsRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected SettingsRepository settings() {
            return under.store().repository(JdbiSettingsRepository::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
