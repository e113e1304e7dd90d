package io.cockpit.application.service.shared;

import io.cockpit.application.port.out.shared.StoreUnavailable;
import io.cockpit.application.testing.CapturedLog;
import io.cockpit.application.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.lang.System.Logger.Level;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A task that runs again and again logs one line when a store goes away and one when it runs again, no more. */
class StoreOutageTest {

    private final MutableClock clock = MutableClock.startingAt("2026-12-03T19:00:00Z");
    private final CapturedLog log = new CapturedLog();
    private final StoreOutage outage = new StoreOutage(log, "job retention", clock);
    private final StoreUnavailable away = new StoreUnavailable("the database", new IllegalStateException("timed out"));

    @Test
    void oneWarningWhileAwayAndOneLineWhenItRunsAgain() {
        outage.succeeded();
        assertThat(outage.failed(away)).isTrue();
        for (int turn = 0; turn < 99; turn++) {
            clock.advance(Duration.ofMillis(500));
            assertThat(outage.failed(away)).isFalse();
        }
        outage.succeeded();
        outage.succeeded();

        assertThat(log.lines()).extracting(CapturedLog.Line::level).containsExactly(Level.WARNING, Level.INFO);
        assertThat(log.lines()).extracting(CapturedLog.Line::thrown).containsOnlyNulls();
        assertThat(log.messages()).containsExactly(
                "job retention: the database did not answer in time; it tries again at every turn, and the log says "
                        + "when it runs again",
                "job retention runs again; its turns failed since 2026-12-03T19:00:00Z (a store did not answer): 100");
    }

    @Test
    void aSecondOutageIsLoggedAgainWithItsOwnCount() {
        outage.failed(away);
        outage.succeeded();
        clock.advance(Duration.ofMinutes(5));
        assertThat(outage.failed(away)).isTrue();
        outage.failed(away);
        outage.succeeded();

        assertThat(log.messages()).hasSize(4);
        assertThat(log.messages().get(3)).endsWith("since 2026-12-03T19:05:00Z (a store did not answer): 2");
    }
}
