package io.cockpit.adapters.mysql.statistics;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.statistics.OutboxEntry;
import io.cockpit.application.port.out.statistics.StatisticsOutbox;
import io.cockpit.application.port.out.statistics.StatisticsOutboxContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import io.cockpit.domain.account.StatisticsId;
import io.cockpit.domain.settings.StatisticsAction;
import io.cockpit.domain.statistics.Activity;
import io.cockpit.domain.statistics.Minute;
import io.cockpit.domain.statistics.StatisticsPoint.ActionPoint;
import io.cockpit.domain.statistics.StatisticsPoint.ActivityMinute;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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

        /** The retention job's share: held points past the cutoff go, in batches; held orders to forget stay. */
        @Test
        void deletesHeldPointsOlderThanTheCutoffButNoOrderToForget() {
            JdbiStatisticsOutbox outbox = under.store().repository(JdbiStatisticsOutbox::new);
            StatisticsId sid = StatisticsId.random(new SecureRandom());
            outbox.hold(List.of(
                    new ActionPoint(sid, StatisticsAction.MESSAGE_SENT, Minute.of(Instant.parse("2025-11-01T10:00:00Z")), 1),
                    new ActivityMinute(sid, Activity.INBOX, Minute.of(Instant.parse("2025-11-02T10:00:00Z"))),
                    new ActionPoint(sid, StatisticsAction.MESSAGE_SENT, Minute.of(Instant.parse("2026-11-03T10:00:00Z")), 2)));
            outbox.holdForgetting(StatisticsId.random(new SecureRandom()));
            Instant cutoff = Instant.parse("2025-11-03T10:00:00Z");

            assertThat(outbox.deleteExpired(cutoff, 1)).isEqualTo(1);
            assertThat(outbox.deleteExpired(cutoff, 10)).isEqualTo(1);
            assertThat(outbox.deleteExpired(cutoff, 10)).isZero();

            assertThat(outbox.oldest(10)).hasSize(2).anyMatch(entry -> entry instanceof OutboxEntry.HeldForgetting)
                    .anyMatch(entry -> entry instanceof OutboxEntry.HeldPoint held
                            && held.point().minute().start().equals(Instant.parse("2026-11-03T10:00:00Z")));
            assertThat(outbox.category()).isEqualTo("statistics");
        }
    }
}
