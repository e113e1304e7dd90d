package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.linkedin.MessageRepository;
import io.cockpit.application.port.out.linkedin.MessageRepositoryContract;

import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The MessageRepository contract on JdbiMessageRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiMessageRepositoryTest {

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
    abstract static class Contract extends MessageRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected MessageRepository messages() {
            return under.store().repository(JdbiMessageRepository::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
