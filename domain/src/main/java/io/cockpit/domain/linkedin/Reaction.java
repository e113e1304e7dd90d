package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.InvalidValueException;
import io.cockpit.domain.shared.Text;

import java.util.Objects;

/** Someone's reaction to a message: who (profile URN) and the emoji. */
public record Reaction(Urn reactor, String emoji) {

    public static final int MAX_EMOJI = 32;

    public Reaction {
        Objects.requireNonNull(reactor, "reactor");
        Objects.requireNonNull(emoji, "emoji");
        // C0/C1 controls only: a symbol is not read as a line, and reactions stored before the one-line set must read
        if (emoji.isBlank() || Text.length(emoji) > MAX_EMOJI
                || emoji.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("emoji.invalid", "must be 1-" + MAX_EMOJI + " characters");
        }
    }
}
