package io.cockpit.domain.recommendation;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Arrays;
import java.util.Locale;

/**
 * Why a contact is suggested, with the points it is worth in the score (docs/recommendations.md): the more a
 * message is owed, the more points.
 */
public enum Reason {
    /** They wrote last; the user owes an answer. */
    REPLY_DUE(50),
    /** The user wrote, no answer for the category's follow-up days; fewer than its maximum follow-ups sent. */
    FOLLOW_UP_DUE(40),
    /** Connected in the last {@link Ranking#NEW_CONNECTION_DAYS} days and never written to. */
    NEW_CONNECTION(30),
    /** The category's keep-in-touch days passed since the last exchange. */
    KEEP_IN_TOUCH(20),
    /** Never written to, in a category with a priority above 0. */
    NEVER_WRITTEN(10);

    private final int basePoints;

    Reason(int basePoints) {
        this.basePoints = basePoints;
    }

    public int basePoints() {
        return basePoints;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Reason fromWireName(String wireName) {
        return Arrays.stream(values()).filter(r -> r.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new InvalidValueException("reason.unknown", "is not a recommendation reason"));
    }
}
