package io.cockpit.adapters.mysql.register;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.register.RetentionRuns;
import io.cockpit.application.port.out.register.RetentionRunsContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The RetentionRuns contract on JdbiRetentionRuns, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiRetentionRunsTest {

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
    abstract static class Contract extends RetentionRunsContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected RetentionRuns runs() {
            return under.store().repository(JdbiRetentionRuns::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
