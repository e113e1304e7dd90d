package io.cockpit.domain.linkedin.search;

import io.cockpit.domain.linkedin.TextFold;

import java.util.Objects;
import java.util.Optional;

/**
 * The contact list's filters a search can take: {@code company}, {@code position}, {@code location} contain the
 * text (folded, as in the list), the flags are equal. Given any, a search returns contacts only.
 */
public record ContactFilters(Optional<String> company, Optional<String> position, Optional<String> location,
                             Optional<Boolean> writtenTo, Optional<Boolean> replied, Optional<Boolean> doNotContact) {

    public static final ContactFilters NONE = new ContactFilters(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public ContactFilters {
        company = folded(company);
        position = folded(position);
        location = folded(location);
        Objects.requireNonNull(writtenTo, "writtenTo");
        Objects.requireNonNull(replied, "replied");
        Objects.requireNonNull(doNotContact, "doNotContact");
    }

    private static Optional<String> folded(Optional<String> text) {
        return Objects.requireNonNull(text).map(TextFold::fold).filter(folded -> !folded.isEmpty());
    }

    public boolean any() {
        return company.isPresent() || position.isPresent() || location.isPresent() || writtenTo.isPresent()
                || replied.isPresent() || doNotContact.isPresent();
    }
}
