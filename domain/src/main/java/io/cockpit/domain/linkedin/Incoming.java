package io.cockpit.domain.linkedin;

import io.cockpit.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One item of a sync batch as it arrived: built into its domain form, or refused while being built (a value broke a
 * rule). A refused item is rejected on its own; the rest of the batch is stored.
 */
public sealed interface Incoming<T extends SyncItem> {

    record Valid<T extends SyncItem>(T item) implements Incoming<T> {
        public Valid {
            Objects.requireNonNull(item, "item");
        }
    }

    /** @param field where in the item ({@code profileUrl}, {@code reactions/0/emoji}) */
    record Invalid<T extends SyncItem>(String field, String rule, String message) implements Incoming<T> {
        public Invalid {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
        }

        /** "profileUrl: must be a LinkedIn profile URL (...)" */
        public String detail() {
            return field + ": " + message;
        }
    }

    static <T extends SyncItem> Incoming<T> valid(T item) {
        return new Valid<>(item);
    }

    /**
     * The item {@code build} makes; if a value refuses its input, the refusal with the field {@code field.get()}
     * names at that moment (the builder sets it as it goes).
     */
    static <T extends SyncItem> Incoming<T> build(Supplier<T> build, Supplier<String> field) {
        try {
            return new Valid<>(build.get());
        } catch (InvalidValueException refused) {
            return new Invalid<>(field.get(), refused.rule(), refused.getMessage());
        }
    }
}
