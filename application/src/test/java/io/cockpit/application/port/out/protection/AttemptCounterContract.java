package io.cockpit.application.port.out.protection;

import io.cockpit.application.port.out.protection.AttemptCounter.Attempts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Uses the counter's own notion of "now" only through the instants passed in, so time is the test's. */
public abstract class AttemptCounterContract {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    protected abstract AttemptCounter counter();

    private static String aKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void countsAttemptsWithinTheWindow() {
        String key = aKey();

        assertThat(counter().count(key, T0, HOUR)).isEqualTo(Attempts.NONE);
        counter().record(key, T0, HOUR);
        counter().record(key, T0.plusSeconds(10), HOUR);
        Attempts third = counter().record(key, T0.plusSeconds(20), HOUR);

        assertThat(third.count()).isEqualTo(3);
        assertThat(third.oldest()).contains(T0);
        assertThat(counter().count(key, T0.plusSeconds(30), HOUR).count()).isEqualTo(3);
    }

    @Test
    void theWindowSlides() {
        String key = aKey();
        counter().record(key, T0, HOUR);
        counter().record(key, T0.plus(Duration.ofMinutes(30)), HOUR);

        Attempts later = counter().count(key, T0.plus(HOUR), HOUR);

        assertThat(later.count()).isEqualTo(1);
        assertThat(later.oldest()).contains(T0.plus(Duration.ofMinutes(30)));
        assertThat(later.until(T0.plus(HOUR), HOUR)).isEqualTo(Duration.ofMinutes(30));
        assertThat(counter().count(key, T0.plus(Duration.ofMinutes(90)), HOUR)).isEqualTo(Attempts.NONE);
    }

    @Test
    void attemptsAtTheSameMomentAllCount() {
        String key = aKey();

        counter().record(key, T0, HOUR);
        counter().record(key, T0, HOUR);

        assertThat(counter().count(key, T0, HOUR).count()).isEqualTo(2);
    }

    @Test
    void keysAreIndependentAndCanBeCleared() {
        String key = aKey();
        String other = aKey();
        counter().record(key, T0, HOUR);
        counter().record(other, T0, HOUR);

        counter().clear(key);

        assertThat(counter().count(key, T0, HOUR).count()).isZero();
        assertThat(counter().count(other, T0, HOUR).count()).isEqualTo(1);
    }
}
