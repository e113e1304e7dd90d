package io.cockpit.domain.register;

import io.cockpit.domain.shared.Language;

import java.util.Objects;

/** A text of the record of processing in both languages the product speaks. */
public record Localized(String de, String en) {

    public Localized {
        if (Objects.requireNonNull(de).isBlank() || Objects.requireNonNull(en).isBlank()) {
            throw new IllegalArgumentException("a register text needs both languages");
        }
    }

    public String in(Language language) {
        return language == Language.DE ? de : en;
    }
}
