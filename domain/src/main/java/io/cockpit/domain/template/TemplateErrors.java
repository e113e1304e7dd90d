package io.cockpit.domain.template;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorCode;

/** The refusals around message templates. */
public final class TemplateErrors {

    private TemplateErrors() {
    }

    public static DomainException notFound() {
        return new DomainException(ErrorCode.TEMPLATE_NOT_FOUND, "No such template.");
    }

    public static DomainException limitReached() {
        return new DomainException(ErrorCode.TEMPLATE_LIMIT_REACHED, "You have " + MessageTemplate.MAX_PER_USER
                + " templates already, the most there can be; delete one first.");
    }

    /** A template id that is not one of the user's templates; {@code field} like defaultTemplates/reply_due. */
    public static DomainException unknown(String field) {
        return new DomainException(ErrorCode.TEMPLATE_UNKNOWN, field + " is not one of your templates.");
    }

    public static DomainException nameTaken() {
        return new DomainException(ErrorCode.TEMPLATE_NAME_TAKEN, "You have a template with this name.");
    }
}
