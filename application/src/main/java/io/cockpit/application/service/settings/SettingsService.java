package io.cockpit.application.service.settings;

import io.cockpit.application.service.shared.VersionedChange;
import io.cockpit.application.port.in.settings.SettingsUseCase;
import io.cockpit.application.port.out.settings.SettingsRepository;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.port.out.template.TemplateRepository;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.settings.DefaultTemplates;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.shared.VersionCheck;
import io.cockpit.domain.shared.Versioned;
import io.cockpit.domain.template.TemplateErrors;

import java.time.Clock;
import java.util.Optional;

public final class SettingsService implements SettingsUseCase {

    private final SettingsRepository repository;
    private final TemplateRepository templates;
    private final Transactions transactions;
    private final Clock clock;

    /** @param templates to check that every default template is one of the user's */
    public SettingsService(SettingsRepository repository, TemplateRepository templates, Transactions transactions,
                           Clock clock) {
        this.repository = repository;
        this.templates = templates;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Versioned<UserSettings> settings(UserId userId) {
        return repository.find(userId).orElse(new Versioned<>(UserSettings.DEFAULT, 0));
    }

    @Override
    public Versioned<UserSettings> replace(UserId userId, VersionCheck expected, UserSettings settings) {
        return VersionedChange.run(expected, () -> transactions.inTransaction(() -> {
            Versioned<UserSettings> current = settings(userId);
            requireOwnTemplates(userId, current.value().defaultTemplates(), settings.defaultTemplates());
            expected.require(current.version());
            return new Versioned<>(settings, repository.save(userId, settings, current.version(), clock.instant()));
        }));
    }

    /**
     * Each default template set or changed is one of the user's; one kept as it was may name a template deleted since
     * (the suggestions leave it out).
     */
    private void requireOwnTemplates(UserId userId, DefaultTemplates stored, DefaultTemplates wanted) {
        wanted.byReason().forEach((reason, template) -> {
            boolean changed = !stored.templateFor(reason).equals(Optional.of(template));
            if (changed && templates.find(userId, template).isEmpty()) {
                throw TemplateErrors.unknown("defaultTemplates/" + reason.wireName());
            }
        });
    }
}
