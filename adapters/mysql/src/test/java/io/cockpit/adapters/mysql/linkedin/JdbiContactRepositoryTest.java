package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.linkedin.ContactRepositoryContract;

import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The ContactRepository contract on JdbiContactRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiContactRepositoryTest {

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
    abstract static class Contract extends ContactRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected ContactRepository contacts() {
            return under.store().repository(JdbiContactRepository::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
