package io.cockpit.application.port.in.privacy;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.privacy.ConsentEvent;
import io.cockpit.domain.privacy.ConsentPurpose;
import io.cockpit.domain.privacy.PrivacySwitches;
import io.cockpit.domain.privacy.PrivacySwitchesChange;
import io.cockpit.domain.shared.VersionCheck;
import io.cockpit.domain.shared.Versioned;

import java.util.Set;

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

    /**
     * Turns these purposes off, whatever the others are (an objection or a withdrawal the user asked for by letter),
     * as {@link #replace} would; purposes already off change nothing.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code account.not_found}, {@code account.erasure_running}
     *         once the account's erasure was asked for
     */
    Versioned<PrivacySwitches> turnOff(UserId userId, Set<ConsentPurpose> purposes, String source);

    Page<ConsentEvent> consents(UserId userId, PageRequest page);
}
