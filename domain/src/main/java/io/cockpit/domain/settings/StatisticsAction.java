package io.cockpit.domain.settings;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Locale;
import java.util.Arrays;

/** The social-selling actions the statistics count (privacy policy 5.7). */
public enum StatisticsAction {
    CONNECTION_REQUEST_SENT, CONNECTION_ACCEPTED, MESSAGE_SENT, FOLLOW_UP_SENT, REPLY_RECEIVED, PROFILE_VIEWED,
    POST_LIKED, POST_COMMENTED, POST_PUBLISHED, MEETING_BOOKED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StatisticsAction fromWireName(String wireName) {
        return Arrays.stream(values()).filter(a -> a.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new InvalidValueException("statistics_action.unknown", "is not a statistics action"));
    }
}
