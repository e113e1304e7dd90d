package io.cockpit.adapters.mysql.statistics;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.statistics.StatisticsOutbox;
import io.cockpit.application.port.out.statistics.StatisticsOutboxContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The StatisticsOutbox contract on JdbiStatisticsOutbox, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiStatisticsOutboxTest {

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

    abstract static class Contract extends StatisticsOutboxContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected StatisticsOutbox outbox() {
            return under.store().repository(JdbiStatisticsOutbox::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
