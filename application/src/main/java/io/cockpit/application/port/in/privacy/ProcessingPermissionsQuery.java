package io.cockpit.application.port.in.privacy;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ProcessingPermissions;

/**
 * What may be done with a user's data now: the switches, overruled by a restriction of processing. Statistics,
 * recommendations, product analytics and error reporting ask here before they record, compute or send anything.
 */
public interface ProcessingPermissionsQuery {

    ProcessingPermissions permissions(UserId userId);
}
