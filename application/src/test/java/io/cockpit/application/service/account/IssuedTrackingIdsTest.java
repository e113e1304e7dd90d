package io.cockpit.application.service.account;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.testing.AccountMother;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.Account;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IssuedTrackingIdsTest {

    private final FakeStores stores = new FakeStores();
    private final IssuedTrackingIds issued = new IssuedTrackingIds(stores.accounts, stores.trackingIds, stores.secret);

    private List<ExportedItem> exportOf(Account account) {
        List<ExportedItem> items = new ArrayList<>();
        issued.export(account.userId(), items::add);
        return items;
    }

    @Test
    void theExportShowsTheAccountsTrackingIdAndHowTheRegistryKeepsIt() {
        Account account = AccountMother.anAccount().build();
        stores.accounts.add(account);
        stores.trackingIds.register(TrackingIdIssuer.hashOf(stores.secret, account.trackingId()),
                stores.clock.instant());

        assertThat(exportOf(account)).singleElement().satisfies(item -> {
            assertThat(item.fields().get("trackingId")).isEqualTo(account.trackingId().value());
            assertThat(item.fields()).containsKey("keptAs");
        });
    }

    @Test
    void withoutTheAccountThereIsNothingToShowAndTheHashStays() {
        Account account = AccountMother.anAccount().build();
        stores.trackingIds.register(TrackingIdIssuer.hashOf(stores.secret, account.trackingId()),
                stores.clock.instant());

        assertThat(exportOf(account)).isEmpty();
        assertThat(issued.erase(account.userId(), 10)).isZero();
        assertThat(stores.trackingIds.isRegistered(TrackingIdIssuer.hashOf(stores.secret, account.trackingId())))
                .as("never issued again").isTrue();
    }
}
