package io.cockpit.application.port.in.label;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.label.Cadence;
import io.cockpit.domain.label.Colour;
import io.cockpit.domain.label.Label;
import io.cockpit.domain.label.LabelKind;
import io.cockpit.domain.label.LabelName;
import io.cockpit.domain.label.Priority;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.VersionCheck;

import java.util.Optional;

/** The user's tags and categories. Another user's label is {@code tag.not_found} / {@code category.not_found}. */
public interface LabelsUseCase {

    Page<Label> list(UserId userId, LabelKind kind, PageRequest page);

    /** @throws io.cockpit.domain.shared.DomainException {@code tag.limit_reached} and the like */
    default Label create(UserId userId, LabelKind kind, LabelName name, Colour colour, Optional<Priority> priority) {
        return create(userId, kind, name, colour, priority, Cadence.DEFAULT);
    }

    /** A category's cadence for "who to write next"; a tag's is always the default. */
    Label create(UserId userId, LabelKind kind, LabelName name, Colour colour, Optional<Priority> priority,
                 Cadence cadence);

    Label get(UserId userId, LabelKind kind, ItemId id);

    default Label replace(UserId userId, LabelKind kind, ItemId id, VersionCheck expected, LabelName name,
                          Colour colour, Optional<Priority> priority) {
        return replace(userId, kind, id, expected, name, colour, priority, Cadence.DEFAULT);
    }

    Label replace(UserId userId, LabelKind kind, ItemId id, VersionCheck expected, LabelName name, Colour colour,
                  Optional<Priority> priority, Cadence cadence);

    void delete(UserId userId, LabelKind kind, ItemId id);
}
