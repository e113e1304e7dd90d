package io.cockpit.domain.linkedin.search;

import io.cockpit.domain.linkedin.TextFold;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The contact list's filters a search can take: {@code company}, {@code position}, {@code location} contain the
 * text (folded, as in the list), the flags are equal; {@code connectedSince} and {@code lastContactAfter} are
 * inclusive, {@code connectedUntil} and {@code lastContactBefore} exclusive, and like the list's they match only
 * contacts that have such a time. Given any, a search returns contacts only.
 */
public record ContactFilters(Optional<String> company, Optional<String> position, Optional<String> location,
                             Optional<Boolean> writtenTo, Optional<Boolean> replied, Optional<Boolean> doNotContact,
                             Optional<Instant> connectedSince, Optional<Instant> connectedUntil,
                             Optional<Instant> lastContactAfter, Optional<Instant> lastContactBefore) {

    public static final ContactFilters NONE = new ContactFilters(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public ContactFilters {
        company = folded(company);
        position = folded(position);
        location = folded(location);
        Objects.requireNonNull(writtenTo, "writtenTo");
        Objects.requireNonNull(replied, "replied");
        Objects.requireNonNull(doNotContact, "doNotContact");
        Objects.requireNonNull(connectedSince, "connectedSince");
        Objects.requireNonNull(connectedUntil, "connectedUntil");
        Objects.requireNonNull(lastContactAfter, "lastContactAfter");
        Objects.requireNonNull(lastContactBefore, "lastContactBefore");
    }

    /** Without the time bounds. */
    public ContactFilters(Optional<String> company, Optional<String> position, Optional<String> location,
                          Optional<Boolean> writtenTo, Optional<Boolean> replied, Optional<Boolean> doNotContact) {
        this(company, position, location, writtenTo, replied, doNotContact, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static Optional<String> folded(Optional<String> text) {
        return Objects.requireNonNull(text).map(TextFold::fold).filter(folded -> !folded.isEmpty());
    }

    public boolean any() {
        return company.isPresent() || position.isPresent() || location.isPresent() || writtenTo.isPresent()
                || replied.isPresent() || doNotContact.isPresent() || connectedSince.isPresent()
                || connectedUntil.isPresent() || lastContactAfter.isPresent() || lastContactBefore.isPresent();
    }
}
