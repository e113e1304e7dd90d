package io.cockpit.application.port.in.linkedin;

import io.cockpit.domain.linkedin.ContactNote;
import io.cockpit.domain.shared.ItemId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's change of a contact (a merge patch): what is present replaces what is stored; {@code note} present but
 * empty clears the note.
 */
public record ContactChange(Optional<List<ItemId>> tags, Optional<List<ItemId>> categories,
                            Optional<Optional<ContactNote>> note, Optional<Boolean> doNotContact) {

    public ContactChange {
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(doNotContact, "doNotContact");
    }
}
