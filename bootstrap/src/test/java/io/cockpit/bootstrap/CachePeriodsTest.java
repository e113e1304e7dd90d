package io.cockpit.bootstrap;

import io.cockpit.adapters.memory.InMemoryAttemptCounter;
import io.cockpit.application.service.shared.IdempotencyService;
import io.cockpit.domain.account.AccountPersonalData;
import io.cockpit.domain.protection.ProtectionPersonalData;
import io.cockpit.domain.protection.SignInThrottle;
import io.cockpit.domain.register.RetentionRule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the cache forgets by itself (deletion method "expire") is forgotten after the period the register states: the
 * TTLs the code gives Redis and the in-process cache are the declared ones. The production-mode check of every live
 * key's TTL is in {@code RegisterCoverageProductionTest}.
 */
class CachePeriodsTest {

    private static Duration declared(RetentionRule rule) {
        return (Duration) ((RetentionRule.AfterEvent) rule).period();
    }

    @Test
    void idempotencyRecordsLiveAsLongAsTheRegisterSays() {
        assertThat(IdempotencyService.RETENTION).isEqualTo(declared(AccountPersonalData.IDEMPOTENCY_RECORDS.retention()));
    }

    @Test
    void signInAttemptsAreCountedOverTheDeclaredPeriodAndTheInProcessCacheForgetsThemAfterIt() {
        Duration period = declared(ProtectionPersonalData.SIGN_IN_ATTEMPTS.retention());
        assertThat(SignInThrottle.DEFAULT.window()).isEqualTo(period);

        InMemoryAttemptCounter counter = new InMemoryAttemptCounter();
        Instant t0 = Instant.parse("2026-11-29T10:00:00Z");
        counter.reserve("key", t0, period, 10);
        CacheStores.sweepAttempts(counter, t0.plus(period).plusMillis(1));

        assertThat(counter.count("key", t0, Duration.ofDays(365)).count()).as("gone, even for a longer window")
                .isZero();
    }
}
