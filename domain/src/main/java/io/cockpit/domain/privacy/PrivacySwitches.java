package io.cockpit.domain.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's privacy switches (privacy policy 5.3, 5.6, 5.7, section 2): consents the user grants, and purposes of
 * legitimate interest the user can object to (Art. 21 GDPR).
 *
 * @param errorReporting          error reports to Sentry; legitimate interest, on until the user objects
 * @param statistics              the statistics system; consent
 * @param analyticsIdentification tying the Tracking-ID to the person in product analytics; consent
 * @param productAnalytics        pseudonymous product analytics (PostHog); legitimate interest, on until the user objects
 * @param recommendations         computing "who to write next" from the user's contacts and chats; on until the user
 *                                objects
 */
public record PrivacySwitches(boolean errorReporting, boolean statistics, boolean analyticsIdentification,
                              boolean productAnalytics, boolean recommendations) {

    /** What rests on legitimate interest is on until the user objects; everything based on consent starts off. */
    public static final PrivacySwitches DEFAULT = new PrivacySwitches(true, false, false, true, true);

    /** These switches with each of {@code purposes} off: an objection, or a withdrawn consent. */
    public PrivacySwitches without(Set<ConsentPurpose> purposes) {
        return new PrivacySwitches(errorReporting && !purposes.contains(ConsentPurpose.ERROR_REPORTING),
                statistics && !purposes.contains(ConsentPurpose.STATISTICS),
                analyticsIdentification && !purposes.contains(ConsentPurpose.ANALYTICS_IDENTIFICATION),
                productAnalytics && !purposes.contains(ConsentPurpose.PRODUCT_ANALYTICS),
                recommendations && !purposes.contains(ConsentPurpose.RECOMMENDATIONS));
    }

    /** What switching from these to {@code next} grants and withdraws (or objects to), in a fixed order. */
    public List<Map.Entry<ConsentPurpose, ConsentDecision>> changesTo(PrivacySwitches next) {
        List<Map.Entry<ConsentPurpose, ConsentDecision>> changes = new ArrayList<>();
        compare(errorReporting, next.errorReporting, ConsentPurpose.ERROR_REPORTING, changes);
        compare(statistics, next.statistics, ConsentPurpose.STATISTICS, changes);
        compare(analyticsIdentification, next.analyticsIdentification, ConsentPurpose.ANALYTICS_IDENTIFICATION, changes);
        compare(productAnalytics, next.productAnalytics, ConsentPurpose.PRODUCT_ANALYTICS, changes);
        compare(recommendations, next.recommendations, ConsentPurpose.RECOMMENDATIONS, changes);
        return changes;
    }

    private static void compare(boolean before, boolean after, ConsentPurpose purpose,
                                List<Map.Entry<ConsentPurpose, ConsentDecision>> changes) {
        if (before != after) {
            changes.add(Map.entry(purpose, after ? ConsentDecision.GRANTED : ConsentDecision.WITHDRAWN));
        }
    }
}
