package io.cockpit.domain.label;

import io.cockpit.domain.shared.InvalidValueException;

/** How much a category's contacts come first in "who to write next": 0 to 10. */
public record Priority(int value) {

    public static final int MAX = 10;

    public Priority {
        if (value < 0 || value > MAX) {
            throw new InvalidValueException("priority.out_of_range", "must be 0-" + MAX);
        }
    }
}
