package io.cockpit.domain.label;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

/** The refusals around tags and categories; codes start with the kind ({@code tag.}, {@code category.}). */
public final class LabelErrors {

    private LabelErrors() {
    }

    public static DomainException notFound(LabelKind kind) {
        ErrorCode code = switch (kind) {
            case TAG -> ErrorCode.TAG_NOT_FOUND;
            case CATEGORY -> ErrorCode.CATEGORY_NOT_FOUND;
        };
        return new DomainException(code, "No such " + kind.codePrefix() + ".");
    }

    public static DomainException nameTaken(LabelKind kind) {
        ErrorCode code = switch (kind) {
            case TAG -> ErrorCode.TAG_NAME_TAKEN;
            case CATEGORY -> ErrorCode.CATEGORY_NAME_TAKEN;
        };
        return new DomainException(code, "You have a " + kind.codePrefix() + " with this name.");
    }

    public static DomainException limitReached(LabelKind kind) {
        ErrorCode code = switch (kind) {
            case TAG -> ErrorCode.TAG_LIMIT_REACHED;
            case CATEGORY -> ErrorCode.CATEGORY_LIMIT_REACHED;
        };
        return new DomainException(code, "You have " + kind.maxPerUser() + " "
                + (kind == LabelKind.TAG ? "tags" : "categories") + " already, the most there can be; delete one first.");
    }
}
