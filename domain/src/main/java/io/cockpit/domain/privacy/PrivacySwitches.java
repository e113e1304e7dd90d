package io.cockpit.domain.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The user's privacy switches (privacy policy 5.3, 5.6, 5.7). */
public record PrivacySwitches(boolean errorReporting, boolean statistics, boolean analyticsIdentification) {

    /** Error reporting is on until the user objects; everything based on consent starts off. */
    public static final PrivacySwitches DEFAULT = new PrivacySwitches(true, false, false);

    /** What switching from these to {@code next} grants and withdraws, in a fixed order. */
    public List<Map.Entry<ConsentPurpose, ConsentDecision>> changesTo(PrivacySwitches next) {
        List<Map.Entry<ConsentPurpose, ConsentDecision>> changes = new ArrayList<>();
        compare(errorReporting, next.errorReporting, ConsentPurpose.ERROR_REPORTING, changes);
        compare(statistics, next.statistics, ConsentPurpose.STATISTICS, changes);
        compare(analyticsIdentification, next.analyticsIdentification, ConsentPurpose.ANALYTICS_IDENTIFICATION, changes);
        return changes;
    }

    private static void compare(boolean before, boolean after, ConsentPurpose purpose,
                                List<Map.Entry<ConsentPurpose, ConsentDecision>> changes) {
        if (before != after) {
            changes.add(Map.entry(purpose, after ? ConsentDecision.GRANTED : ConsentDecision.WITHDRAWN));
        }
    }
}
