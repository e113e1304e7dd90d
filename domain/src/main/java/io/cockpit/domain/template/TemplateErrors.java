package io.cockpit.domain.template;

import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ErrorKind;

/** The refusals around message templates. */
public final class TemplateErrors {

    private TemplateErrors() {
    }

    public static DomainException notFound() {
        return new DomainException(ErrorKind.NOT_FOUND, "template.not_found", "No such template.");
    }

    public static DomainException nameTaken() {
        return new DomainException(ErrorKind.CONFLICT, "template.name_taken", "You have a template with this name.");
    }
}
