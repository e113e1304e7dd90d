package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.ErrorCode;
import io.cockpit.domain.shared.ItemId;

import java.util.Objects;
import java.util.Optional;

/**
 * What a sync did with one item: created, updated (a deletion that removed it counts as an update), unchanged (the
 * same or an older version, or nothing to delete), or rejected with the reason. {@code id}: the stored item's id.
 */
public record ItemOutcome(Result result, Optional<ItemId> id, Optional<Rejection> rejection) {

    public enum Result { CREATED, UPDATED, UNCHANGED, REJECTED }

    /** Why one item was refused: a stable code and a message safe to show (no personal data). */
    public record Rejection(ErrorCode code, String detail) {
        public Rejection {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(detail, "detail");
        }
    }

    public ItemOutcome {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rejection, "rejection");
        if ((result == Result.REJECTED) != rejection.isPresent()) {
            throw new IllegalArgumentException("a rejected item, and only that, has a rejection");
        }
    }

    public static ItemOutcome created(ItemId id) {
        return new ItemOutcome(Result.CREATED, Optional.of(id), Optional.empty());
    }

    public static ItemOutcome updated(ItemId id) {
        return new ItemOutcome(Result.UPDATED, Optional.of(id), Optional.empty());
    }

    public static ItemOutcome unchanged(Optional<ItemId> id) {
        return new ItemOutcome(Result.UNCHANGED, id, Optional.empty());
    }

    public static ItemOutcome rejected(ErrorCode code, String detail) {
        return new ItemOutcome(Result.REJECTED, Optional.empty(), Optional.of(new Rejection(code, detail)));
    }
}
