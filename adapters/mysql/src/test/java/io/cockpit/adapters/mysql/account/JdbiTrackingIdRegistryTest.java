package io.cockpit.adapters.mysql.account;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.account.TrackingIdRegistry;
import io.cockpit.application.port.out.account.TrackingIdRegistryContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The TrackingIdRegistry contract on JdbiTrackingIdRegistry, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiTrackingIdRegistryTest {

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
    abstract static class Contract extends TrackingIdRegistryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected TrackingIdRegistry registry() {
            return under.store().repository(JdbiTrackingIdRegistry::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
