package io.cockpit.application.port.in.linkedin;

import io.cockpit.domain.shared.ItemId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** New tags or categories (a merge patch: what is present replaces what is stored). */
public record LabelChange(Optional<List<ItemId>> tags, Optional<List<ItemId>> categories) {

    public LabelChange {
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(categories, "categories");
    }
}
