package io.cockpit.adapters.mysql.privacy;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.privacy.DataSubjectRequestRepository;
import io.cockpit.application.port.out.privacy.DataSubjectRequestRepositoryContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The DataSubjectRequestRepository contract on JdbiDataSubjectRequestRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiDataSubjectRequestRepositoryTest {

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
    abstract static class Contract extends DataSubjectRequestRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected DataSubjectRequestRepository requests() {
            return under.store().repository(db -> new JdbiDataSubjectRequestRepository(db, PSEUDONYMS));
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
