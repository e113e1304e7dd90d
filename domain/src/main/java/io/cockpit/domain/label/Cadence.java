package io.cockpit.domain.label;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.Optional;

/**
 * How often a category's contacts should hear from the user, for "who to write next": a follow-up after
 * {@code followUpAfterDays} without an answer, at most {@code maxFollowUps} of them (then the contact rests), and a
 * keep-in-touch message once {@code keepInTouchDays} passed since the last exchange. Each is optional; an absent
 * one takes the default ({@link #DEFAULT_FOLLOW_UP_AFTER_DAYS}, {@link #DEFAULT_MAX_FOLLOW_UPS}; no keep-in-touch).
 */
public record Cadence(Optional<Integer> followUpAfterDays, Optional<Integer> maxFollowUps,
                      Optional<Integer> keepInTouchDays) {

    public static final int DEFAULT_FOLLOW_UP_AFTER_DAYS = 4;
    public static final int DEFAULT_MAX_FOLLOW_UPS = 2;
    public static final int MAX_FOLLOW_UP_AFTER_DAYS = 365;
    public static final int MAX_FOLLOW_UPS = 10;
    public static final int MAX_KEEP_IN_TOUCH_DAYS = 730;
    public static final Cadence DEFAULT = new Cadence(Optional.empty(), Optional.empty(), Optional.empty());

    public Cadence {
        Objects.requireNonNull(followUpAfterDays, "followUpAfterDays");
        Objects.requireNonNull(maxFollowUps, "maxFollowUps");
        Objects.requireNonNull(keepInTouchDays, "keepInTouchDays");
        followUpAfterDays.ifPresent(days -> check(days, 1, MAX_FOLLOW_UP_AFTER_DAYS, "follow_up_after_days"));
        maxFollowUps.ifPresent(count -> check(count, 0, MAX_FOLLOW_UPS, "max_follow_ups"));
        keepInTouchDays.ifPresent(days -> check(days, 1, MAX_KEEP_IN_TOUCH_DAYS, "keep_in_touch_days"));
    }

    private static void check(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidValueException(field + ".out_of_range", "must be " + min + "-" + max);
        }
    }

    public int followUpAfterDaysOrDefault() {
        return followUpAfterDays.orElse(DEFAULT_FOLLOW_UP_AFTER_DAYS);
    }

    public int maxFollowUpsOrDefault() {
        return maxFollowUps.orElse(DEFAULT_MAX_FOLLOW_UPS);
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }
}
