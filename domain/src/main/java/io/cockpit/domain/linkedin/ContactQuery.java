package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.ItemId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of the contact list, all optional and combined with AND. Company, position and location match when the
 * contact's value contains the text, ignoring case and accents. Since/after bounds are inclusive, until/before
 * exclusive; the last-contact bounds only match contacts with a message either way.
 */
public record ContactQuery(Optional<ItemId> tag, Optional<ItemId> category, Optional<String> company,
                           Optional<String> position, Optional<String> location, Optional<Instant> connectedSince,
                           Optional<Instant> connectedUntil, Optional<Boolean> writtenTo, Optional<Boolean> replied,
                           Optional<Instant> lastContactBefore, Optional<Instant> lastContactAfter,
                           Optional<Boolean> doNotContact, ContactSort sort) {

    public static final ContactQuery ALL = new ContactQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), ContactSort.NAME);

    public ContactQuery {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(category, "category");
        company = folded(company);
        position = folded(position);
        location = folded(location);
        Objects.requireNonNull(connectedSince, "connectedSince");
        Objects.requireNonNull(connectedUntil, "connectedUntil");
        Objects.requireNonNull(writtenTo, "writtenTo");
        Objects.requireNonNull(replied, "replied");
        Objects.requireNonNull(lastContactBefore, "lastContactBefore");
        Objects.requireNonNull(lastContactAfter, "lastContactAfter");
        Objects.requireNonNull(doNotContact, "doNotContact");
        Objects.requireNonNull(sort, "sort");
    }

    private static Optional<String> folded(Optional<String> text) {
        return Objects.requireNonNull(text).map(TextFold::fold).filter(folded -> !folded.isEmpty());
    }

    /** Whether a contact with these labels matches (the rest is compared by {@link #matches(Contact)}). */
    public boolean matchesLabels(LabelIds labels) {
        return tag.map(labels.tags()::contains).orElse(true)
                && category.map(labels.categories()::contains).orElse(true);
    }

    /** The filters on the contact's own fields, as the stores apply them. */
    public boolean matches(Contact contact) {
        ProfileCard card = contact.card();
        ContactActivity activity = contact.activity();
        return contains(card.company(), company) && contains(card.position(), position)
                && contains(card.location(), location)
                && connectedSince.map(since -> contact.connectedAt().filter(at -> !at.isBefore(since)).isPresent())
                .orElse(true)
                && connectedUntil.map(until -> contact.connectedAt().filter(at -> at.isBefore(until)).isPresent())
                .orElse(true)
                && writtenTo.map(w -> w == activity.writtenTo()).orElse(true)
                && replied.map(r -> r == activity.replied()).orElse(true)
                && lastContactBefore.map(before -> activity.lastContactAt().filter(at -> at.isBefore(before))
                .isPresent()).orElse(true)
                && lastContactAfter.map(after -> activity.lastContactAt().filter(at -> !at.isBefore(after))
                .isPresent()).orElse(true)
                && doNotContact.map(d -> d == contact.doNotContact()).orElse(true);
    }

    private static boolean contains(Optional<String> value, Optional<String> wanted) {
        return wanted.map(w -> value.map(TextFold::fold).filter(v -> v.contains(w)).isPresent()).orElse(true);
    }
}
