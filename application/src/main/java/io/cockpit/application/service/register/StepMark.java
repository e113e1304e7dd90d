package io.cockpit.application.service.register;

import java.util.Objects;

/**
 * Where an erasure stands, as the build that wrote it saw it ({@code ErasureRequest.stepMark}): the hash of its
 * steps' names ({@link ErasureStep#hash}), the index of the next step and that step's name ({@code end} after the
 * last). Written as {@code hash:index:name}.
 */
record StepMark(String stepsHash, int index, String name) {

    StepMark {
        Objects.requireNonNull(stepsHash, "stepsHash");
        Objects.requireNonNull(name, "name");
        if (stepsHash.contains(":") || index < 0) {
            throw new IllegalArgumentException("not a step mark: " + stepsHash + ", " + index);
        }
    }

    /** The mark {@link #text()} wrote; one it cannot read names no step (its index matches no request). */
    static StepMark parse(String text) {
        String[] parts = text.split(":", 3);
        try {
            return parts.length == 3 ? new StepMark(parts[0], Integer.parseInt(parts[1]), parts[2]) : unreadable();
        } catch (IllegalArgumentException unreadable) {
            return unreadable();
        }
    }

    private static StepMark unreadable() {
        return new StepMark("?", Integer.MAX_VALUE, "?");
    }

    String text() {
        return stepsHash + ":" + index + ":" + name;
    }
}
