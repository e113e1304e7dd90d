package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.linkedin.SyncStateRepository;
import io.cockpit.application.port.out.linkedin.SyncStateRepositoryContract;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The SyncStateRepository contract on JdbiSyncStateRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiSyncStateRepositoryTest {

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
    abstract static class Contract extends SyncStateRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected SyncStateRepository states() {
            return under.store().repository(JdbiSyncStateRepository::new);
        }

        @Override
        protected Transactions transactions() {
            return under.store().transactions();
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
