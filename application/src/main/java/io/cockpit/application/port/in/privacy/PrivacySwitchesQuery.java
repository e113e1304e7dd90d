package io.cockpit.application.port.in.privacy;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.PrivacySwitches;

/** The switches in force for a user: what error reporting, statistics and analytics must obey. */
public interface PrivacySwitchesQuery {

    PrivacySwitches switches(UserId userId);
}
