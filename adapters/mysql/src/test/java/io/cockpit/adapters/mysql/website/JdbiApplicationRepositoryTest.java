package io.cockpit.adapters.mysql.website;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.website.ApplicationRepository;
import io.cockpit.application.port.out.website.ApplicationRepositoryContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The ApplicationRepository contract on JdbiApplicationRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiApplicationRepositoryTest {

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
    abstract static class Contract extends ApplicationRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected ApplicationRepository applications() {
            return under.store().repository(JdbiApplicationRepository::new);
        }

        @Override
        protected io.cockpit.application.port.out.shared.Transactions transactions() {
            return under.store().transactions();
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
