package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.linkedin.ProfileRepository;
import io.cockpit.application.port.out.linkedin.ProfileRepositoryContract;

import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The ProfileRepository contract on JdbiProfileRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiProfileRepositoryTest {

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
    abstract static class Contract extends ProfileRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected ProfileRepository profiles() {
            return under.store().repository(JdbiProfileRepository::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
