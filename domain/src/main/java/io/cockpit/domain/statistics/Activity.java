package io.cockpit.domain.statistics;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;

/** What the user spends time on in the Cockpit; the statistics show minutes per activity and day. */
public enum Activity {
    INBOX, PROSPECTING, PROFILE_VISITS, CONTENT, TEMPLATES;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Activity fromWireName(String wireName) {
        return Arrays.stream(values()).filter(a -> a.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new InvalidValueException("statistics_activity.unknown", "is not an activity"));
    }
}
