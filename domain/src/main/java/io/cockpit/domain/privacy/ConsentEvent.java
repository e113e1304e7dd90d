package io.cockpit.domain.privacy;

import io.cockpit.domain.account.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * One grant or withdrawal, as Art. 7 GDPR asks to be able to show it: who, for what, which way, when, under which
 * version of the privacy policy, and through which channel.
 */
public record ConsentEvent(UserId userId, ConsentPurpose purpose, ConsentDecision decision, Instant at,
                           String policyVersion, String source) {

    public ConsentEvent {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(source, "source");
    }
}
