package io.cockpit.application.service.telemetry;

import io.cockpit.application.port.in.privacy.ProcessingPermissionsQuery;
import io.cockpit.application.port.in.telemetry.ForwardClientErrorsUseCase;
import io.cockpit.application.port.in.telemetry.ReportErrorUseCase;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.telemetry.ClientErrorReport;
import io.cockpit.application.port.out.telemetry.ErrorReport;
import io.cockpit.application.port.out.telemetry.ErrorReporter;
import io.cockpit.application.port.out.telemetry.ReportSubject;
import io.cockpit.application.port.out.telemetry.TelemetryCounters;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.telemetry.TelemetryOutcome;
import io.cockpit.domain.telemetry.TelemetrySignal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Error reports of the server (failed requests, failed background jobs) and of the apps (the tunnel). About a user
 * who switched error reporting off, or restricted processing, nothing is sent at all; when their permissions cannot be
 * read, nothing either (the server's log still has the failure).
 */
public final class ErrorReportingService implements ReportErrorUseCase, ForwardClientErrorsUseCase {

    private final ProcessingPermissionsQuery permissions;
    private final AccountRepository accounts;
    private final ErrorReporter reporter;
    private final TelemetryDispatch dispatch;
    private final Clock clock;

    /** @param executor bounded: runs the permission check and hand-over after the request's answer */
    public ErrorReportingService(ProcessingPermissionsQuery permissions, AccountRepository accounts,
                                 ErrorReporter reporter, TelemetryCounters counters, Executor executor, Clock clock) {
        this.permissions = permissions;
        this.accounts = accounts;
        this.reporter = reporter;
        this.dispatch = new TelemetryDispatch(executor, counters);
        this.clock = clock;
    }

    @Override
    public void requestFailed(Throwable failure, Map<String, String> tags, Optional<UserId> user) {
        dispatch.later(TelemetrySignal.ERROR_REPORT, () -> {
            if (user.isPresent() && !permitted(user.get(), TelemetrySignal.ERROR_REPORT)) {
                return;
            }
            reporter.report(new ErrorReport(failure, "request", tags, user.flatMap(this::subject), clock.instant()));
        });
    }

    @Override
    public void jobFailed(String job, Throwable failure) {
        dispatch.later(TelemetrySignal.ERROR_REPORT, () -> reporter.report(
                new ErrorReport(failure, "job", Map.of("job", job), Optional.empty(), clock.instant())));
    }

    @Override
    public void forward(UserId user, byte[] envelope) {
        if (envelope.length > MAX_ENVELOPE_BYTES) {
            throw new IllegalArgumentException("an envelope is at most " + MAX_ENVELOPE_BYTES + " bytes");
        }
        byte[] copy = envelope.clone();
        dispatch.later(TelemetrySignal.CLIENT_ERROR_REPORT, () -> {
            if (permitted(user, TelemetrySignal.CLIENT_ERROR_REPORT)) {
                reporter.forward(new ClientErrorReport(copy, subject(user)));
            }
        });
    }

    private boolean permitted(UserId user, TelemetrySignal signal) {
        if (permissions.permissions(user).mayReportErrors()) {
            return true;
        }
        dispatch.counters().count(signal, TelemetryOutcome.DROPPED_NO_PERMISSION);
        return false;
    }

    private Optional<ReportSubject> subject(UserId user) {
        return accounts.findById(user).map(ReportSubjects::of);
    }
}
