package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.paging.Pages;
import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.UniquenessViolation.Rule;
import io.cockpit.application.port.out.template.TemplateRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.template.MessageTemplate;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static io.cockpit.application.testing.fakes.UniqueKey.unique;

public final class FakeTemplateRepository implements TemplateRepository {

    private final FakeDatabase database;
    private final FakeTable<MessageTemplate> templates;
    /** The row every add of an owner locks first, as template_count's. */
    private final FakeTable<UserId> owners;

    public FakeTemplateRepository(FakeDatabase database) {
        this.database = database;
        this.templates = database.table("message_template", MessageTemplate::id, List.of(
                unique("uq_message_template_name", Rule.IDENTIFIER, t -> List.of(t.userId(), t.name().canonical()))));
        this.owners = database.table("template_count", owner -> owner, List.of());
    }

    @Override
    public boolean add(MessageTemplate template, int limit) {
        return database.atomically(() -> {
            owners.lock(template.userId());
            if (count(template.userId()) >= limit) {
                return false;
            }
            templates.insert(stored(template, template.createdAt(), template.version()));
            return true;
        });
    }

    @Override
    public int count(UserId userId) {
        return templates.select(template -> template.userId().equals(userId)).size();
    }

    @Override
    public Optional<MessageTemplate> find(UserId userId, ItemId id) {
        return templates.find(id).filter(template -> template.userId().equals(userId));
    }

    @Override
    public Page<MessageTemplate> list(UserId userId, PageRequest page) {
        return Keyset.byTextAscending(templates.select(template -> template.userId().equals(userId)), page,
                template -> template.name().canonical(), template -> template.id().value());
    }

    @Override
    public MessageTemplate update(MessageTemplate changed) {
        templates.update(changed.id(), stored -> stored.userId().equals(changed.userId())
                                && stored.version() == changed.version(),
                        stored -> stored(changed, stored.createdAt(), changed.version() + 1))
                .orElseThrow(() -> new StaleWriteException("template"));
        return new MessageTemplate(changed.id(), changed.userId(), changed.name(), changed.body(), changed.createdAt(),
                changed.updatedAt(), changed.version() + 1);
    }

    @Override
    public boolean delete(UserId userId, ItemId id) {
        return templates.delete(id, template -> template.userId().equals(userId)).isPresent();
    }

    private static MessageTemplate stored(MessageTemplate template, Instant createdAt, long version) {
        return new MessageTemplate(template.id(), template.userId(), template.name(), template.body(),
                StoredTime.of(createdAt), StoredTime.of(template.updatedAt()), version);
    }

    @Override
    public void export(UserId user, Consumer<ExportedItem> sink) {
        Pages.forEach(Pages.EXPORT_PAGE, page -> list(user, page), template -> sink.accept(TemplateRepository.exported(template)));
    }

    @Override
    public int erase(UserId user, int limit) {
        return templates.deleteFirst(template -> template.userId().equals(user),
                Comparator.comparing(template -> template.id().value()), limit).size();
    }
}
