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

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    public static Activity fromWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName))
                .orElseThrow(() -> new InvalidValueException("statistics_activity.unknown", "is not an activity"));
    }
}
