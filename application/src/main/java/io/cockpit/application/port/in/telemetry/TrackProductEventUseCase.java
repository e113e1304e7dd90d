package io.cockpit.application.port.in.telemetry;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.telemetry.ProductEvent;

/**
 * What the use cases call at meaningful moments (sign-in, a template created or previewed): the event goes to
 * product analytics under the user's Tracking-ID, if the user has not objected and processing is not restricted.
 * Returns at once; the permission check and the sending happen later.
 */
public interface TrackProductEventUseCase {

    TrackProductEventUseCase NONE = (user, event) -> { };

    void track(UserId user, ProductEvent event);
}
