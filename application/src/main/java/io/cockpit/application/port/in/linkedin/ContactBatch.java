package io.cockpit.application.port.in.linkedin;

import io.cockpit.domain.linkedin.ContactUpsert;
import io.cockpit.domain.linkedin.Deletion;
import io.cockpit.domain.linkedin.Incoming;

import java.util.List;

/** A batch of contacts from the client: new or newer versions, and deletion markers. */
public record ContactBatch(List<Incoming<ContactUpsert>> contacts, List<Incoming<Deletion>> deletions) {

    public ContactBatch {
        contacts = List.copyOf(contacts);
        deletions = List.copyOf(deletions);
    }

    public int size() {
        return contacts.size() + deletions.size();
    }
}
