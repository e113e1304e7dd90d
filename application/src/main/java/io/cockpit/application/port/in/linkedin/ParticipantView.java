package io.cockpit.application.port.in.linkedin;

import io.cockpit.domain.linkedin.Urn;
import io.cockpit.domain.shared.ItemId;

import java.util.Objects;
import java.util.Optional;

/** A participant of a conversation, with the contact it is when the user has them as one. */
public record ParticipantView(Urn urn, Optional<ItemId> contactId, Optional<String> firstName,
                              Optional<String> lastName) {

    public ParticipantView {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
    }
}
