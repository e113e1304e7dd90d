package io.cockpit.domain.privacy;

import java.util.Objects;

/**
 * What may be done with a user's data right now: the user's switches, overruled by a restriction of processing
 * (Art. 18 GDPR). While restricted the data is only stored, shown to and exported for the user, and erasable;
 * nothing below is allowed. Every capability that records, sends or derives something from a user's data asks
 * these questions first.
 */
public record ProcessingPermissions(PrivacySwitches switches, boolean restricted) {

    public ProcessingPermissions {
        Objects.requireNonNull(switches, "switches");
    }

    /** Points for the user's daily statistics (consent). */
    public boolean mayRecordStatistics() {
        return !restricted && switches.statistics();
    }

    /** Pseudonymous events to product analytics (legitimate interest, objectable). */
    public boolean maySendProductAnalytics() {
        return !restricted && switches.productAnalytics();
    }

    /** Tying the Tracking-ID to the person in product analytics: only along with analytics that may be sent. */
    public boolean mayIdentifyForAnalytics() {
        return maySendProductAnalytics() && switches.analyticsIdentification();
    }

    /** Error reports about the user's requests (legitimate interest, objectable). */
    public boolean mayReportErrors() {
        return !restricted && switches.errorReporting();
    }

    /** "Who to write next", computed from the user's contacts and chats (objectable). */
    public boolean mayRecommend() {
        return !restricted && switches.recommendations();
    }
}
