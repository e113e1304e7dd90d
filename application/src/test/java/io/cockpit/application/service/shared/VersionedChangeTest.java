package io.cockpit.application.service.shared;

import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.VersionCheck;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** If-Match: * replaces whatever is there, however many writes come between; a version is checked once. */
class VersionedChangeTest {

    private final AtomicInteger attempts = new AtomicInteger();

    private String losingTimes(int times) {
        if (attempts.incrementAndGet() <= times) {
            throw new StaleWriteException("the switches");
        }
        return "stored";
    }

    @Test
    void aChangeAcceptingAnyVersionRunsAgainUntilItIsStored() {
        assertThat(VersionedChange.run(VersionCheck.ANY, () -> losingTimes(30))).isEqualTo("stored");
        assertThat(attempts).hasValue(31);
    }

    @Test
    void aChangeBasedOnAVersionIsRefusedAtTheFirstWriteInBetween() {
        assertThatThrownBy(() -> VersionedChange.run(VersionCheck.exactly(3), () -> losingTimes(1)))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.error()).isEqualTo(ErrorCode.PRECONDITION_FAILED));
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aStormThatNeverEndsIsRefusedAfterTheAttempts() {
        assertThatThrownBy(() -> VersionedChange.run(VersionCheck.ANY, () -> losingTimes(Integer.MAX_VALUE)))
                .isInstanceOf(DomainException.class);
        assertThat(attempts).hasValue(VersionedChange.ATTEMPTS);
    }
}
