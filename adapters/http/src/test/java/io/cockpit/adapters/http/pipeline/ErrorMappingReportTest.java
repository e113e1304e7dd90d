package io.cockpit.adapters.http.pipeline;

import io.cockpit.adapters.http.problem.HttpErrorCode;
import io.cockpit.adapters.http.problem.ProblemException;
import io.cockpit.application.port.out.shared.StoreUnavailable;
import io.cockpit.domain.access.AuthErrors;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures go to error reporting: every 5xx but a full hashing pool's load shedding and a store away. */
class ErrorMappingReportTest {

    @Test
    void aSignInRefusedBecauseEveryHashingSlotWasTakenIsNotReported() {
        assertThat(ErrorMapping.reported(AuthErrors.hashingBusy(Duration.ofSeconds(1)), 503)).isFalse();
    }

    @Test
    void aStoreThatDidNotAnswerIsNotReported() {
        assertThat(ErrorMapping.reported(new StoreUnavailable("Redis", new IllegalStateException("timed out")), 503))
                .isFalse();
    }

    @Test
    void unexpectedFailuresAndOtherUnavailabilitiesAreReported() {
        assertThat(ErrorMapping.reported(new IllegalStateException("a bug"), 500)).isTrue();
        assertThat(ErrorMapping.reported(new ProblemException(HttpErrorCode.SERVER_UNAVAILABLE, "Unavailable",
                "the statistics store is away"), 503)).isTrue();
    }

    @Test
    void refusalsBelow500AreNotReported() {
        assertThat(ErrorMapping.reported(AuthErrors.tooManyAttempts(Duration.ofMinutes(1)), 429)).isFalse();
    }
}
