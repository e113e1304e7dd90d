package io.cockpit.domain.label;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A tag or category of one user. Only categories have a priority and a cadence ("who to write next").
 * {@code version} is the stored revision.
 */
public record Label(ItemId id, UserId userId, LabelKind kind, LabelName name, Colour colour,
                    Optional<Priority> priority, Instant createdAt, Instant updatedAt, long version, Cadence cadence) {

    public Label(ItemId id, UserId userId, LabelKind kind, LabelName name, Colour colour, Optional<Priority> priority,
                 Instant createdAt, Instant updatedAt, long version) {
        this(id, userId, kind, name, colour, priority, createdAt, updatedAt, version, Cadence.DEFAULT);
    }

    public Label {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (priority.isPresent() && !kind.prioritised()) {
            throw new InvalidValueException("label.priority_not_allowed", "only categories have a priority");
        }
        Objects.requireNonNull(cadence, "cadence");
        if (!cadence.isDefault() && !kind.prioritised()) {
            throw new InvalidValueException("label.cadence_not_allowed", "only categories have a cadence");
        }
    }

    /** The same label renamed, recoloured or reprioritised; its cadence stays. */
    public Label revise(LabelName newName, Colour newColour, Optional<Priority> newPriority, Instant now) {
        return revise(newName, newColour, newPriority, cadence, now);
    }

    public Label revise(LabelName newName, Colour newColour, Optional<Priority> newPriority, Cadence newCadence,
                        Instant now) {
        return new Label(id, userId, kind, newName, newColour, newPriority, createdAt, now, version, newCadence);
    }
}
