package io.cockpit.application.service.register;

import io.cockpit.application.port.in.register.ExportUseCase;
import io.cockpit.application.port.in.register.ExportWriter;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.register.PersonalDataCategory;
import io.cockpit.domain.shared.ItemId;

import java.time.Clock;
import java.util.List;

/**
 * The export: every category the register lists for a user, in register order, each with the items its stores
 * hand over one by one (read in bounded pages) straight to the writer. A category no store finds by User-ID (cached
 * copies, sealed answers, mail on its way) is listed with its description and no items.
 */
public final class ExportService implements ExportUseCase {

    private final RegisterStores stores;
    private final ErasureService erasures;
    private final AccountRepository accounts;
    private final Clock clock;

    public ExportService(RegisterStores stores, ErasureService erasures, AccountRepository accounts, Clock clock) {
        this.stores = stores;
        this.erasures = erasures;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public PreparedExport exportOf(UserId user) {
        if (accounts.findById(user).isEmpty() || erasures.of(user).isPresent()) {
            throw AccountErrors.notFound();
        }
        ItemId id = ItemId.random();
        return new PreparedExport() {
            @Override
            public ItemId exportId() {
                return id;
            }

            @Override
            public void writeTo(ExportWriter writer) {
                write(user, writer);
            }
        };
    }

    private void write(UserId user, ExportWriter writer) {
        writer.begin(user.value(), clock.instant());
        for (PersonalDataCategory category : stores.register().userCategories()) {
            writer.category(category);
            List<PersonalDataStore> of = stores.stores().stream()
                    .filter(store -> store.category().equals(category.id())).toList();
            for (PersonalDataStore store : of) {
                store.export(user, writer::item);
            }
            writer.endCategory();
        }
        writer.end();
    }
}
