package io.cockpit.domain.recommendation;

import io.cockpit.domain.shared.ItemId;

import java.util.Objects;
import java.util.Optional;

/** What a suggestion shows of its contact: who it is and where to find them. */
public record ContactSummary(ItemId contactId, String firstName, String lastName, Optional<String> headline,
                             Optional<String> company, Optional<String> position, Optional<String> profileUrl) {

    public ContactSummary {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(profileUrl, "profileUrl");
    }
}
