package io.cockpit.application.port.in.linkedin;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.template.TemplateVariable;

import java.util.Map;

/** A template's variables filled from a stored contact and the user's own profile. */
public interface ContactTemplateValuesQuery {

    /** @throws io.cockpit.domain.shared.DomainException {@code contact.not_found} */
    Map<TemplateVariable, String> valuesFor(UserId user, ItemId contact);
}
