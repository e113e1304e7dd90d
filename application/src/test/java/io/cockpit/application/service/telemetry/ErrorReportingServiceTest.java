package io.cockpit.application.service.telemetry;

import io.cockpit.application.port.in.telemetry.ForwardClientErrorsUseCase;
import io.cockpit.application.port.out.telemetry.ClientErrorReport;
import io.cockpit.application.port.out.telemetry.ErrorReport;
import io.cockpit.application.port.out.telemetry.ErrorReporter;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.application.testing.fakes.FakeAccountRepository;
import io.cockpit.application.testing.fakes.FakeDatabase;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.privacy.ProcessingPermissions;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which failures are reported, about whom, and that an opted-out or restricted user is not reported at all. */
class ErrorReportingServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final PrivacySwitches OPTED_OUT = new PrivacySwitches(false, false, false, true, true);
    private static final byte[] ENVELOPE = "{}\n{\"type\":\"event\"}\n{}\n".getBytes(StandardCharsets.UTF_8);

    private final FakeAccountRepository accounts = new FakeAccountRepository(new FakeDatabase());
    private final Account jana = AccountMother.anAccount().withName("Jana Schmidt")
            .withEmail("jana.schmidt@example.com").build();
    private final List<ErrorReport> reported = new ArrayList<>();
    private final List<ClientErrorReport> forwarded = new ArrayList<>();
    private final Map<String, Integer> counted = new HashMap<>();
    private final Map<UserId, ProcessingPermissions> permissions = new HashMap<>();
    private final ErrorReportingService service;

    ErrorReportingServiceTest() {
        accounts.add(jana);
        ErrorReporter reporter = new ErrorReporter() {
            @Override
            public void report(ErrorReport report) {
                reported.add(report);
            }

            @Override
            public void forward(ClientErrorReport report) {
                forwarded.add(report);
            }

            @Override
            public void close() {
            }
        };
        service = new ErrorReportingService(user -> permissions.getOrDefault(user,
                new ProcessingPermissions(PrivacySwitches.DEFAULT, false)), accounts, reporter,
                (signal, outcome) -> counted.merge(signal.wireName() + "/" + outcome.wireName(), 1, Integer::sum),
                Runnable::run, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aFailedRequestOfAUserIsReportedWithTheTrackingIdAndTheValuesTheScrubberMustRemove() {
        service.requestFailed(new IllegalStateException("boom"), Map.of("route", "/v1/me"),
                Optional.of(jana.userId()));

        assertThat(reported).singleElement().satisfies(report -> {
            assertThat(report.where()).isEqualTo("request");
            assertThat(report.subject()).hasValueSatisfying(subject -> {
                assertThat(subject.trackingId()).isEqualTo(jana.trackingId());
                assertThat(subject.personalValues()).contains("Jana Schmidt", "jana.schmidt@example.com",
                        jana.userId().value());
            });
        });
    }

    @Test
    void aUserWhoSwitchedErrorReportingOffIsNotReportedAtAll() {
        permissions.put(jana.userId(), new ProcessingPermissions(OPTED_OUT, false));

        service.requestFailed(new IllegalStateException("boom"), Map.of(), Optional.of(jana.userId()));
        service.forward(jana.userId(), ENVELOPE);

        assertThat(reported).isEmpty();
        assertThat(forwarded).isEmpty();
        assertThat(counted).containsExactlyInAnyOrderEntriesOf(Map.of(
                TelemetrySignal.ERROR_REPORT.wireName() + "/" + TelemetryOutcome.DROPPED_NO_PERMISSION.wireName(), 1,
                TelemetrySignal.CLIENT_ERROR_REPORT.wireName() + "/"
                        + TelemetryOutcome.DROPPED_NO_PERMISSION.wireName(), 1));
    }

    @Test
    void aRestrictedUserIsNotReportedWhateverTheSwitchesSay() {
        permissions.put(jana.userId(), new ProcessingPermissions(PrivacySwitches.DEFAULT, true));

        service.requestFailed(new IllegalStateException("boom"), Map.of(), Optional.of(jana.userId()));
        service.forward(jana.userId(), ENVELOPE);

        assertThat(reported).isEmpty();
        assertThat(forwarded).isEmpty();
    }

    @Test
    void requestsWithoutAUserAndBackgroundJobsAreReportedAboutNobody() {
        service.requestFailed(new IllegalStateException("boom"), Map.of(), Optional.empty());
        service.jobFailed("retention", new IllegalStateException("database gone"));

        assertThat(reported).hasSize(2).allSatisfy(report -> assertThat(report.subject()).isEmpty());
        assertThat(reported.get(1).tags()).containsEntry("job", "retention");
    }

    @Test
    void theAppsEnvelopeIsForwardedWithTheUserAndRefusedAboveTheLimit() {
        service.forward(jana.userId(), ENVELOPE);

        assertThat(forwarded).singleElement().satisfies(report ->
                assertThat(report.subject()).hasValueSatisfying(subject ->
                        assertThat(subject.trackingId()).isEqualTo(jana.trackingId())));
        assertThatThrownBy(() -> service.forward(jana.userId(),
                new byte[ForwardClientErrorsUseCase.MAX_ENVELOPE_BYTES + 1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(forwarded).hasSize(1);
    }
}
