package io.cockpit.adapters.mysql.website;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.website.ContactRequestRepository;
import io.cockpit.application.port.out.website.ContactRequestRepositoryContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The ContactRequestRepository contract on JdbiContactRequestRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiContactRequestRepositoryTest {

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
    abstract static class Contract extends ContactRequestRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected ContactRequestRepository requests() {
            return under.store().repository(JdbiContactRequestRepository::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
