package io.cockpit.domain.website;

import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;

/** An interview note on an application, by a member of the operator's staff (their key's name). */
public record ApplicationNote(ItemId id, ItemId applicationId, NoteText text, String author, Instant createdAt) {

    public ApplicationNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
