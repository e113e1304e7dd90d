package io.cockpit.domain.label;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorKind;

/** The refusals around tags and categories; codes start with the kind ({@code tag.}, {@code category.}). */
public final class LabelErrors {

    private LabelErrors() {
    }

    public static DomainException notFound(LabelKind kind) {
        return new DomainException(ErrorKind.NOT_FOUND, kind.codePrefix() + ".not_found", "No such " + kind.codePrefix() + ".");
    }

    public static DomainException nameTaken(LabelKind kind) {
        return new DomainException(ErrorKind.CONFLICT, kind.codePrefix() + ".name_taken",
                "You have a " + kind.codePrefix() + " with this name.");
    }

    public static DomainException limitReached(LabelKind kind) {
        return new DomainException(ErrorKind.INVALID, kind.codePrefix() + ".limit_reached",
                "You have " + kind.maxPerUser() + " " + (kind == LabelKind.TAG ? "tags" : "categories")
                        + " already, the most there can be; delete one first.");
    }
}
