package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.linkedin.SuppressionRepository;
import io.cockpit.application.port.out.linkedin.SuppressionRepositoryContract;

import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The SuppressionRepository contract on JdbiSuppressionRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiSuppressionRepositoryTest {

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
    abstract static class Contract extends SuppressionRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected SuppressionRepository suppressions() {
            return under.store().repository(JdbiSuppressionRepository::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
