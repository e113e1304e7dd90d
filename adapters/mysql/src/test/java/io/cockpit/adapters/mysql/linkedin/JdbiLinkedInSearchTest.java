package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.linkedin.ConversationRepository;
import io.cockpit.application.port.out.linkedin.LinkedInSearch;
import io.cockpit.application.port.out.linkedin.LinkedInSearchContract;
import io.cockpit.application.port.out.linkedin.MessageRepository;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The LinkedInSearch contract on JdbiLinkedInSearch: LIKE on H2, FULLTEXT and LIKE on the real MariaDB server. */
class JdbiLinkedInSearchTest {

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
    abstract static class Contract extends LinkedInSearchContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected LinkedInSearch search() {
            return under.store().repository(JdbiLinkedInSearch::new);
        }

        @Override
        protected ContactRepository contacts() {
            return under.store().repository(JdbiContactRepository::new);
        }

        @Override
        protected ConversationRepository conversations() {
            return under.store().repository(JdbiConversationRepository::new);
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
