package io.cockpit.domain.shared;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id of an item a user owns (a template, a tag...): a random UUID, meaningful only with the owner's User-ID. */
public record ItemId(String value) {

    private static final Pattern UUID_FORMAT =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    public ItemId {
        Objects.requireNonNull(value, "value");
        if (!UUID_FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("id.invalid", "is not an id");
        }
    }

    public static ItemId random() {
        return new ItemId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
