package io.cockpit.application.port.out.template;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.template.MessageTemplate;
import io.cockpit.domain.template.TemplatePersonalData;

import java.util.Optional;

/**
 * Message templates, always scoped by the owner's User-ID. Export: {@code templateId, name, body, createdAt,
 * updatedAt}, by name. Erasure deletes them.
 */
public interface TemplateRepository extends PersonalDataStore {

    @Override
    default String category() {
        return TemplatePersonalData.MESSAGE_TEMPLATES.id();
    }

    /** A template as the export shows it. */
    static ExportedItem exported(MessageTemplate template) {
        return ExportedItem.builder()
                .field("templateId", template.id().value())
                .field("name", template.name().value())
                .field("body", template.body().text())
                .field("createdAt", template.createdAt())
                .field("updatedAt", template.updatedAt())
                .build();
    }

    /**
     * Adds the template unless its owner has {@code limit} templates already. The limit holds under concurrent adds:
     * of two adds racing at {@code limit - 1}, one is stored.
     *
     * @return false, having added nothing, when the owner is at the limit
     * @throws UniquenessViolation if the owner has a template with this name (any case)
     */
    boolean add(MessageTemplate template, int limit);

    /** How many templates the user has. */
    int count(UserId userId);

    Optional<MessageTemplate> find(UserId userId, ItemId id);

    /** The user's templates by name. */
    Page<MessageTemplate> list(UserId userId, PageRequest page);

    /**
     * @return the template as stored, with the next version
     * @throws StaleWriteException if the stored version is not {@code changed.version()}
     * @throws UniquenessViolation if the new name is taken
     */
    MessageTemplate update(MessageTemplate changed);

    boolean delete(UserId userId, ItemId id);
}
