package io.cockpit.application.port.in.linkedin;

import io.cockpit.domain.linkedin.ItemOutcome;

import java.util.List;

/** Per item of a {@link ContactBatch}, in the order sent: what became of it. */
public record ContactBatchOutcome(List<ItemOutcome> contacts, List<ItemOutcome> deletions) {

    public ContactBatchOutcome {
        contacts = List.copyOf(contacts);
        deletions = List.copyOf(deletions);
    }
}
