package io.cockpit.adapters.http.pipeline;

import io.cockpit.application.port.out.shared.StoreUnavailable;
import org.junit.jupiter.api.Test;

import java.lang.System.Logger;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** While a store is away the log gets one line every ten seconds with the count, not one per request. */
class StoreWarningsTest {

    private final List<String> lines = new ArrayList<>();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T10:00:00Z"));
    private final StoreWarnings warnings = new StoreWarnings(capturing(), new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void oneLineEveryTenSecondsWithHowManyRequestsWereAnswered503() {
        StoreUnavailable away = new StoreUnavailable("the database", new SQLTransientConnectionException(
                "pool - Connection is not available, request timed out after 10000ms."));

        assertThat(warnings.note(away)).isTrue();
        for (int i = 0; i < 99; i++) {
            assertThat(warnings.note(away)).isFalse();
        }
        now.set(now.get().plus(StoreWarnings.EVERY));
        assertThat(warnings.note(away)).isTrue();

        assertThat(lines).containsExactly(
                "the database did not answer in time (SQLTransientConnectionException); requests answered 503 since the last line: 1",
                "the database did not answer in time (SQLTransientConnectionException); requests answered 503 since the last line: 100");
    }

    private Logger capturing() {
        return new Logger() {
            @Override
            public String getName() {
                return "test";
            }

            @Override
            public boolean isLoggable(Level level) {
                return true;
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
                lines.add(message);
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String format, Object... params) {
                lines.add(format);
            }
        };
    }
}
