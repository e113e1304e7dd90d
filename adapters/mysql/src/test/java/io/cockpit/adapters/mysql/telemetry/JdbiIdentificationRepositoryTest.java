package io.cockpit.adapters.mysql.telemetry;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.telemetry.IdentificationRepository;
import io.cockpit.application.port.out.telemetry.IdentificationRepositoryContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The IdentificationRepository contract on JdbiIdentificationRepository, on H2 and on the real MariaDB server. */
class JdbiIdentificationRepositoryTest {

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

    abstract static class Contract extends IdentificationRepositoryContract {

        private final StoreUnderTest under;
        private JdbiIdentificationRepository store;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        private JdbiIdentificationRepository store() {
            if (store == null) {
                store = under.store().repository(JdbiIdentificationRepository::new);
            }
            return store;
        }

        @Override
        protected IdentificationRepository identifications() {
            return store();
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
