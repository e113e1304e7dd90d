package io.cockpit.adapters.mysql.shared;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.shared.JobLeases;
import io.cockpit.application.port.out.shared.JobLeasesContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The JobLeases contract on JdbiJobLeases, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiJobLeasesTest {

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
    abstract static class Contract extends JobLeasesContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected JobLeases leases() {
            return under.store().repository(JdbiJobLeases::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
