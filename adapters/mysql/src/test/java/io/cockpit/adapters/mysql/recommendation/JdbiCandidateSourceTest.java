package io.cockpit.adapters.mysql.recommendation;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.adapters.mysql.label.JdbiLabelRepository;
import io.cockpit.adapters.mysql.linkedin.JdbiContactRepository;
import io.cockpit.adapters.mysql.linkedin.JdbiConversationRepository;
import io.cockpit.adapters.mysql.linkedin.JdbiMessageRepository;
import io.cockpit.adapters.mysql.linkedin.JdbiProfileRepository;
import io.cockpit.adapters.mysql.linkedin.JdbiSuppressionRepository;
import io.cockpit.adapters.mysql.linkedin.JdbiSyncStateRepository;
import io.cockpit.application.port.out.recommendation.CandidateSource;
import io.cockpit.application.port.out.recommendation.CandidateSourceContract;
import io.cockpit.application.security.ServerSecret;
import io.cockpit.application.service.linkedin.LinkedInStores;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

import java.security.SecureRandom;

/** The CandidateSource contract on JdbiCandidateSource over the Jdbi LinkedIn stores, on H2 and on MariaDB. */
class JdbiCandidateSourceTest {

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
    abstract static class Contract extends CandidateSourceContract {

        private final StoreUnderTest under;
        private final LinkedInStores stores;

        Contract(StoreUnderTest under) {
            this.under = under;
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            var store = under.store();
            this.stores = new LinkedInStores(store.repository(JdbiSyncStateRepository::new),
                    store.repository(JdbiProfileRepository::new), store.repository(JdbiContactRepository::new),
                    store.repository(JdbiConversationRepository::new), store.repository(JdbiMessageRepository::new),
                    store.repository(JdbiSuppressionRepository::new), store.repository(JdbiLabelRepository::new),
                    store.transactions(), new ServerSecret(secret));
        }

        @Override
        protected LinkedInStores linkedIn() {
            return stores;
        }

        @Override
        protected CandidateSource source() {
            return under.store().repository(JdbiCandidateSource::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
