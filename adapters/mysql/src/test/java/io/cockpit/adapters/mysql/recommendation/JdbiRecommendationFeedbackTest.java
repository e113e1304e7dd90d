package io.cockpit.adapters.mysql.recommendation;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.recommendation.RecommendationFeedback;
import io.cockpit.application.port.out.recommendation.RecommendationFeedbackContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The RecommendationFeedback contract on JdbiRecommendationFeedback, on H2 in MySQL mode and on MariaDB. */
class JdbiRecommendationFeedbackTest {

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
    abstract static class Contract extends RecommendationFeedbackContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected RecommendationFeedback feedback() {
            return under.store().repository(JdbiRecommendationFeedback::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
