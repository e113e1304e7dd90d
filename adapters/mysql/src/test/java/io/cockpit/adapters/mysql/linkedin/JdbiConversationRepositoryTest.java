package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.linkedin.ConversationRepository;
import io.cockpit.application.port.out.linkedin.ConversationRepositoryContract;

import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The ConversationRepository contract on JdbiConversationRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiConversationRepositoryTest {

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
    abstract static class Contract extends ConversationRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected ConversationRepository conversations() {
            return under.store().repository(JdbiConversationRepository::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
