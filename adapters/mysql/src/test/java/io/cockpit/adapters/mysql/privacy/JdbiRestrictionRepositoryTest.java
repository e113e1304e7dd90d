package io.cockpit.adapters.mysql.privacy;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.privacy.RestrictionRepository;
import io.cockpit.application.port.out.privacy.RestrictionRepositoryContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The RestrictionRepository contract on JdbiRestrictionRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiRestrictionRepositoryTest {

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
    abstract static class Contract extends RestrictionRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected RestrictionRepository restrictions() {
            return under.store().repository(JdbiRestrictionRepository::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
