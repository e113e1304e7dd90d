package io.cockpit.domain.website;

import io.cockpit.domain.access.TokenHash;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The applicant's explicit consent to stay in the talent pool: which consent text they were shown, and when they
 * agreed. It lasts at most {@link #DURATION} and can be withdrawn at any time with its own link.
 *
 * @param withdrawal the hash of the talent-pool withdrawal link's token
 */
public record TalentPoolMembership(ConsentTextVersion consentTextVersion, Instant consentedAt, TokenHash withdrawal) {

    /** The longest a consent to the talent pool lasts (calendar time in UTC). */
    public static final Period DURATION = Period.ofYears(2);

    public TalentPoolMembership {
        Objects.requireNonNull(consentTextVersion, "consentTextVersion");
        Objects.requireNonNull(consentedAt, "consentedAt");
        Objects.requireNonNull(withdrawal, "withdrawal");
    }

    /** When the consent runs out and the retention job takes the applicant out of the pool. */
    public Instant endsAt() {
        return consentedAt.atZone(ZoneOffset.UTC).plus(DURATION).toInstant();
    }
}
