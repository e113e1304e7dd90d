package io.cockpit.adapters.memory;

import io.cockpit.application.port.out.protection.AttemptCounter;
import io.cockpit.application.port.out.protection.AttemptCounterContract;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryAttemptCounterTest extends AttemptCounterContract {

    private final InMemoryAttemptCounter counter = new InMemoryAttemptCounter();

    @Override
    protected AttemptCounter counter() {
        return counter;
    }

    @Test
    void sweepingForgetsEmptyWindows() {
        Instant t0 = Instant.parse("2026-11-29T10:00:00Z");
        counter.reserve("old", t0, Duration.ofHours(1), 10);
        counter.reserve("recent", t0.plus(Duration.ofMinutes(50)), Duration.ofHours(1), 10);

        counter.sweep(t0.plus(Duration.ofMinutes(70)), Duration.ofHours(1));

        assertThat(counter.count("recent", t0.plus(Duration.ofMinutes(70)), Duration.ofHours(1)).count()).isEqualTo(1);
        assertThat(counter.count("old", t0.plus(Duration.ofMinutes(70)), Duration.ofHours(1)).count()).isZero();
    }
}
