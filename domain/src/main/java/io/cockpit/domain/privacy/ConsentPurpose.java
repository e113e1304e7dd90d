package io.cockpit.domain.privacy;

import java.util.Locale;

/** What a privacy switch governs. */
public enum ConsentPurpose {
    /** Error reports to Sentry; on by default (legitimate interest), the user can object. */
    ERROR_REPORTING,
    /** The statistics system (5.7); consent. */
    STATISTICS,
    /** Tying the Tracking-ID to the person in product analytics (5.6); consent. */
    ANALYTICS_IDENTIFICATION,
    /** Pseudonymous product analytics (5.6); on by default (legitimate interest), the user can object. */
    PRODUCT_ANALYTICS,
    /** "Who to write next" computed from contacts and chats (5.5); on by default, the user can object. */
    RECOMMENDATIONS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
