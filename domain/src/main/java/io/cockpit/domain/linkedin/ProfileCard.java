package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.Optional;

/**
 * What the Cockpit keeps of a LinkedIn profile, the user's own or a contact's, and nothing more (data minimisation):
 * name, headline, position, company, location and profile URL. Texts are trimmed, in NFC, on one line.
 */
public record ProfileCard(String firstName, String lastName, Optional<String> headline, Optional<String> company,
                          Optional<String> position, Optional<String> location, Optional<ProfileUrl> profileUrl) {

    public static final int MAX_NAME = 200;
    public static final int MAX_HEADLINE = 500;
    public static final int MAX_FIELD = 200;
    /** Both names and the space between them. */
    public static final int MAX_NAME_SORT = 2 * MAX_NAME + 1;

    public ProfileCard {
        firstName = SyncText.lineOrEmpty(Objects.requireNonNull(firstName, "firstName"), MAX_NAME, "first_name");
        lastName = SyncText.lineOrEmpty(Objects.requireNonNull(lastName, "lastName"), MAX_NAME, "last_name");
        if (firstName.isEmpty() && lastName.isEmpty()) {
            throw new InvalidValueException("name.missing", "a first or a last name is needed");
        }
        headline = SyncText.line(headline.orElse(null), MAX_HEADLINE, "headline");
        company = SyncText.line(company.orElse(null), MAX_FIELD, "company");
        position = SyncText.line(position.orElse(null), MAX_FIELD, "position");
        location = SyncText.line(location.orElse(null), MAX_FIELD, "location");
        Objects.requireNonNull(profileUrl, "profileUrl");
    }

    /** "First Last" (or the one name there is). */
    public String fullName() {
        return (firstName + " " + lastName).strip();
    }

    /** The position in the name order: the folded full name, at most {@link #MAX_NAME_SORT} characters. */
    public String nameSort() {
        return TextFold.fold(fullName(), MAX_NAME_SORT);
    }
}
