package io.cockpit.application.port.in.telemetry;

import io.cockpit.domain.account.UserId;

/** The error-report tunnel: an app's Sentry envelope, forwarded scrubbed unless the signed-in user opted out. */
public interface ForwardClientErrorsUseCase {

    /** The largest envelope the tunnel takes. */
    int MAX_ENVELOPE_BYTES = 200 * 1024;

    void forward(UserId user, byte[] envelope);
}
