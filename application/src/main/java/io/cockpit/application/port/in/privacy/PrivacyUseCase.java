package io.cockpit.application.port.in.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ConsentEvent;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.privacy.PrivacySwitchesChange;
import io.cockpit.domain.shared.VersionCheck;
import io.cockpit.domain.shared.Versioned;

/** The user's privacy switches (consents and objections) and the history behind them. */
public interface PrivacyUseCase {

    Versioned<PrivacySwitches> privacy(UserId userId);

    /**
     * Sets the switches; every change is written to the consent history (an objection as a withdrawal of its
     * purpose). Switches the change leaves out keep their stored values. Withdrawing the statistics consent replaces
     * the Statistics-ID in the same transaction.
     *
     * @param source where the decision was made (e.g. {@code self-service})
     */
    Versioned<PrivacySwitches> replace(UserId userId, VersionCheck expected, PrivacySwitchesChange change,
                                       String source);

    Page<ConsentEvent> consents(UserId userId, PageRequest page);
}
