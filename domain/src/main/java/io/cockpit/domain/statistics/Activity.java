package io.cockpit.domain.statistics;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the user spends time on in the Cockpit; the statistics show minutes per activity and day. */
public enum Activity {
    INBOX, PROSPECTING, PROFILE_VISITS, CONTENT, TEMPLATES;

    private static final Map<String, Activity> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Activity::wireName, activity -> activity));

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Activity fromWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName))
                .orElseThrow(() -> new InvalidValueException("statistics_activity.unknown", "is not an activity"));
    }
}
