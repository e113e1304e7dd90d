package io.cockpit.application.service.template;

import io.cockpit.application.service.shared.VersionedChange;
import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.linkedin.ContactTemplateValuesQuery;
import io.cockpit.application.port.in.template.TemplatesUseCase;
import io.cockpit.application.port.out.template.TemplateRepository;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.shared.UniquenessViolation;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.shared.VersionCheck;
import io.cockpit.domain.template.MessageTemplate;
import io.cockpit.domain.template.TemplateBody;
import io.cockpit.domain.template.TemplateErrors;
import io.cockpit.domain.template.TemplateName;
import io.cockpit.domain.template.TemplateRendering;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.telemetry.ProductEvent;
import io.cockpit.domain.telemetry.ProductEventName;
import io.cockpit.application.port.in.telemetry.TrackProductEventUseCase;
import io.cockpit.domain.template.TemplateVariable;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Message templates, at most {@link MessageTemplate#MAX_PER_USER} per user, also under concurrent adds. */
public final class TemplateService implements TemplatesUseCase {

    private final TemplateRepository repository;
    private final Transactions transactions;
    private final Clock clock;
    private final ContactTemplateValuesQuery contactValues;
    private final TrackProductEventUseCase events;

    public TemplateService(TemplateRepository repository, Transactions transactions, Clock clock,
                           ContactTemplateValuesQuery contactValues) {
        this(repository, transactions, clock, contactValues, TrackProductEventUseCase.NONE);
    }

    /**
     * @param contactValues fills a preview from a stored contact and the user's own LinkedIn profile
     * @param events        told when a template is created or previewed (product analytics)
     */
    public TemplateService(TemplateRepository repository, Transactions transactions, Clock clock,
                           ContactTemplateValuesQuery contactValues, TrackProductEventUseCase events) {
        this.events = events;
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
        this.contactValues = contactValues;
    }

    @Override
    public Page<MessageTemplate> list(UserId userId, PageRequest page) {
        return repository.list(userId, page);
    }

    @Override
    public MessageTemplate create(UserId userId, TemplateName name, TemplateBody body) {
        Instant now = clock.instant();
        MessageTemplate template = new MessageTemplate(ItemId.random(), userId, name, body, now, now, 1);
        boolean added;
        try {
            added = repository.add(template, MessageTemplate.MAX_PER_USER);
        } catch (UniquenessViolation taken) {
            throw TemplateErrors.nameTaken();
        }
        if (!added) {
            throw TemplateErrors.limitReached();
        }
        events.track(userId, ProductEvent.of(ProductEventName.TEMPLATE_CREATED, now,
                Map.of("variables", Math.min(50, body.variables().size()))));
        return template;
    }

    @Override
    public MessageTemplate get(UserId userId, ItemId id) {
        return repository.find(userId, id).orElseThrow(TemplateErrors::notFound);
    }

    @Override
    public MessageTemplate replace(UserId userId, ItemId id, VersionCheck expected, TemplateName name,
                                   TemplateBody body) {
        try {
            return VersionedChange.run(expected, () -> transactions.inTransaction(() -> {
                MessageTemplate current = get(userId, id);
                expected.require(current.version());
                return repository.update(current.revise(name, body, clock.instant()));
            }));
        } catch (UniquenessViolation taken) {
            throw TemplateErrors.nameTaken();
        }
    }

    @Override
    public void delete(UserId userId, ItemId id) {
        if (!repository.delete(userId, id)) {
            throw TemplateErrors.notFound();
        }
    }

    @Override
    public String preview(UserId userId, ItemId id, Map<TemplateVariable, String> values, Optional<ItemId> contact) {
        TemplateBody body = get(userId, id).body();
        Map<TemplateVariable, String> all = new EnumMap<>(TemplateVariable.class);
        contact.ifPresent(contactId -> all.putAll(contactValues.valuesFor(userId, contactId)));
        all.putAll(values);
        try {
            String text = TemplateRendering.render(body, all);
            previewed(userId, body, true);
            return text;
        } catch (DomainException incomplete) {
            previewed(userId, body, false);
            throw incomplete;
        }
    }

    private void previewed(UserId userId, TemplateBody body, boolean complete) {
        events.track(userId, ProductEvent.of(ProductEventName.TEMPLATE_PREVIEWED, clock.instant(),
                Map.of("variables", Math.min(50, body.variables().size()), "complete", complete)));
    }
}
