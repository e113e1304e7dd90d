package io.cockpit.adapters.mysql.statistics;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.statistics.StatisticsStore;
import io.cockpit.application.port.out.statistics.StatisticsStoreContract;
import io.cockpit.application.testing.NeedsRealServers;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.DayRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The StatisticsStore contract on the embedded table, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiStatisticsStoreTest {

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

    abstract static class Contract extends StatisticsStoreContract {

        private final StoreUnderTest under;
        private final JdbiStatisticsStore store;

        Contract(StoreUnderTest under) {
            this.under = under;
            this.store = under.store().repository(JdbiStatisticsStore::new);
        }

        @Override
        protected StatisticsStore store() {
            return store;
        }

        @AfterEach
        void close() {
            under.close();
        }

        /** The retention job's share: the embedded table deletes what is older than the cutoff, in batches. */
        @Test
        void deletesPointsOlderThanTheCutoffInBatches() {
            StatisticsId sid = newStatisticsId();
            store.append(List.of(action(sid, StatisticsAction.MESSAGE_SENT, "2025-11-01T10:00:00Z"),
                    action(sid, StatisticsAction.MESSAGE_SENT, "2025-11-02T10:00:00Z"),
                    action(sid, StatisticsAction.MESSAGE_SENT, "2025-11-03T10:00:00Z"),
                    action(sid, StatisticsAction.MESSAGE_SENT, "2026-11-03T10:00:00Z")));
            Instant cutoff = Instant.parse("2025-11-03T10:00:00Z");

            assertThat(store.deleteExpired(cutoff, 1)).isEqualTo(1);
            assertThat(store.deleteExpired(cutoff, 10)).isEqualTo(1);
            assertThat(store.deleteExpired(cutoff, 10)).isZero();

            assertThat(store.daily(sid, BERLIN, new DayRange(LocalDate.parse("2025-11-01"),
                    LocalDate.parse("2026-11-01")))).containsOnlyKeys(LocalDate.parse("2025-11-03"));
            assertThat(store.category()).isEqualTo("statistics");
        }
    }
}
