package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.Text;

import java.util.Objects;

/** The user's private note on a contact: up to 2,000 characters, line breaks allowed. */
public record ContactNote(String text) {

    public static final int MAX_LENGTH = 2000;

    public ContactNote {
        Objects.requireNonNull(text, "text");
        text = Text.normalized(text);
        if (text.isEmpty() || Text.length(text) > MAX_LENGTH) {
            throw new InvalidValueException("note.length", "must be 1-" + MAX_LENGTH + " characters");
        }
    }
}
