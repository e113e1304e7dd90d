package io.cockpit.domain.settings;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The social-selling actions the statistics count (privacy policy 5.7). */
public enum StatisticsAction {
    CONNECTION_REQUEST_SENT, CONNECTION_ACCEPTED, MESSAGE_SENT, FOLLOW_UP_SENT, REPLY_RECEIVED, PROFILE_VIEWED,
    POST_LIKED, POST_COMMENTED, POST_PUBLISHED, MEETING_BOOKED;

    private static final Map<String, StatisticsAction> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(StatisticsAction::wireName, action -> action));

    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    public static StatisticsAction fromWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName))
                .orElseThrow(() -> new InvalidValueException("statistics_action.unknown", "is not a statistics action"));
    }
}
