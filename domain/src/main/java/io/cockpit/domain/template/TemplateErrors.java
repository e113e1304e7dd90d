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

    public static DomainException nameTaken() {
        return new DomainException(ErrorCode.TEMPLATE_NAME_TAKEN, "You have a template with this name.");
    }
}
