package io.cockpit.adapters.mysql.privacy;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.privacy.PrivacyRepository;
import io.cockpit.application.port.out.privacy.PrivacyRepositoryContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The PrivacyRepository contract on JdbiPrivacyRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiPrivacyRepositoryTest {

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
    abstract static class Contract extends PrivacyRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected PrivacyRepository privacy() {
            return under.store().repository(JdbiPrivacyRepository::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
