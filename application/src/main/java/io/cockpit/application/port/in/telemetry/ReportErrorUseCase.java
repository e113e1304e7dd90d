package io.cockpit.application.port.in.telemetry;

import io.cockpit.domain.account.UserId;

import java.util.Map;
import java.util.Optional;

/**
 * The central error handling (5xx) and the background jobs report failures here; nothing is reported about a user
 * who switched error reporting off or restricted processing. Returns at once.
 */
public interface ReportErrorUseCase {

    ReportErrorUseCase NONE = new ReportErrorUseCase() {
        @Override
        public void requestFailed(Throwable failure, Map<String, String> tags, Optional<UserId> user) {
        }

        @Override
        public void jobFailed(String job, Throwable failure) {
        }
    };

    /** @param tags the route template, method, status and request id: no personal data */
    void requestFailed(Throwable failure, Map<String, String> tags, Optional<UserId> user);

    void jobFailed(String job, Throwable failure);
}
