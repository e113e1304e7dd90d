package io.cockpit.application.service.telemetry;

import io.cockpit.application.port.out.telemetry.ReportSubject;
import io.cockpit.domain.account.Account;

import java.util.List;

/** The user of an error report: the Tracking-ID to send, and every value of theirs the scrubber must remove. */
final class ReportSubjects {

    private ReportSubjects() {
    }

    static ReportSubject of(Account account) {
        String email = account.email().value();
        return new ReportSubject(account.trackingId(), List.of(account.name().value(), email,
                email.substring(0, Math.max(0, email.indexOf('@'))), account.userId().value(),
                account.externalId().value()));
    }
}
