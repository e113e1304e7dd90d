package io.cockpit.adapters.http.pipeline;

import io.cockpit.application.port.out.shared.StoreUnavailable;
import io.cockpit.application.testing.CapturedLog;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** While a store is away the log gets one line every ten seconds per store with the count, not one per request. */
class StoreWarningsTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");
    private static final Pattern COUNT = Pattern.compile(": (\\d+)$");

    private final CapturedLog log = new CapturedLog();
    private final AtomicLong nanos = new AtomicLong();
    private final StoreWarnings warnings = new StoreWarnings(log, Clock.fixed(START, ZoneOffset.UTC), nanos::get);

    private final StoreUnavailable database = new StoreUnavailable("the database",
            new SQLTransientConnectionException("pool - Connection is not available, request timed out after 10000ms."));
    private final StoreUnavailable redis = new StoreUnavailable("Redis", new IllegalStateException("timed out"));

    @Test
    void theFirstAtOnceThenOneLineEveryTenSecondsWithHowManyRequestsWereAnswered503() {
        assertThat(warnings.note(database)).isTrue();
        for (int i = 0; i < 99; i++) {
            assertThat(warnings.note(database)).isFalse();
        }
        nanos.addAndGet(StoreWarnings.EVERY.toNanos() - 1);
        assertThat(warnings.note(database)).isFalse();
        nanos.incrementAndGet();
        assertThat(warnings.note(database)).isTrue();

        assertThat(log.messages()).containsExactly(
                "the database did not answer in time (SQLTransientConnectionException); requests answered 503 since "
                        + START + ": 1",
                "the database did not answer in time (SQLTransientConnectionException); requests answered 503 since "
                        + START + ": 101");
    }

    @Test
    void eachStoreHasItsOwnLineAndCount() {
        assertThat(warnings.note(database)).isTrue();
        assertThat(warnings.note(redis)).isTrue();
        assertThat(warnings.note(redis)).isFalse();
        nanos.addAndGet(StoreWarnings.EVERY.toNanos());
        assertThat(warnings.note(redis)).isTrue();

        assertThat(log.messages()).hasSize(3);
        assertThat(log.messages().get(1)).startsWith("Redis did not answer in time (IllegalStateException)").endsWith(": 1");
        assertThat(log.messages().get(2)).startsWith("Redis").endsWith(": 2");
    }

    @Test
    void everyRequestIsCountedOnceWhenManyFailAtOnce() throws InterruptedException {
        warnings.note(database);
        List<Thread> requests = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            requests.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 1_000; i++) {
                    warnings.note(database);
                    if (i % 100 == 0) {
                        nanos.addAndGet(StoreWarnings.EVERY.toNanos());
                    }
                }
            }));
        }
        for (Thread request : requests) {
            request.join();
        }
        nanos.addAndGet(StoreWarnings.EVERY.toNanos());
        warnings.note(database);

        long counted = log.messages().stream().mapToLong(line -> {
            Matcher count = COUNT.matcher(line);
            assertThat(count.find()).as(line).isTrue();
            return Long.parseLong(count.group(1));
        }).sum();
        assertThat(counted).isEqualTo(1 + 8 * 1_000 + 1);
    }
}
