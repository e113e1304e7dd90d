package io.cockpit.adapters.mysql.access;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.access.ApiKeyRepository;
import io.cockpit.application.port.out.access.ApiKeyRepositoryContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The ApiKeyRepository contract on JdbiApiKeyRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiApiKeyRepositoryTest {

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
    abstract static class Contract extends ApiKeyRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected ApiKeyRepository keys() {
            return under.store().repository(JdbiApiKeyRepository::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
