package io.cockpit.application.port.in.template;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.VersionCheck;
import io.cockpit.domain.template.MessageTemplate;
import io.cockpit.domain.template.TemplateBody;
import io.cockpit.domain.template.TemplateName;
import io.cockpit.domain.template.TemplateVariable;

import java.util.Map;
import java.util.Optional;

/** The user's message templates. Another user's template is {@code template.not_found}. */
public interface TemplatesUseCase {

    Page<MessageTemplate> list(UserId userId, PageRequest page);

    MessageTemplate create(UserId userId, TemplateName name, TemplateBody body);

    MessageTemplate get(UserId userId, ItemId id);

    MessageTemplate replace(UserId userId, ItemId id, VersionCheck expected, TemplateName name, TemplateBody body);

    void delete(UserId userId, ItemId id);

    /**
     * Renders the template with {@code values}, over those of a stored contact (and the user's own LinkedIn profile)
     * when {@code contact} is given.
     *
     * @throws io.cockpit.domain.shared.DomainException {@code template.variable_missing}, {@code contact.not_found}
     */
    String preview(UserId userId, ItemId id, Map<TemplateVariable, String> values, Optional<ItemId> contact);
}
