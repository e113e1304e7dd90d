package io.cockpit.application.service.register;

import io.cockpit.application.service.account.MyAccountService;
import io.cockpit.application.service.privacy.PrivacyService;
import io.cockpit.application.service.privacy.RestrictionService;
import io.cockpit.application.service.settings.SettingsService;
import io.cockpit.application.testing.fakes.FakeDailyRollup;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.ContractStatus;
import io.cockpit.domain.privacy.DataSubjectRequest;
import io.cockpit.domain.privacy.DataSubjectRequestType;
import io.cockpit.domain.privacy.RequestNote;
import io.cockpit.domain.shared.DomainException;
import io.cockpit.domain.shared.ItemId;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnBehalfChangesServiceTest {

    private final FakeStores stores = new FakeStores();
    private final OnBehalfChangesService changes = new OnBehalfChangesService(stores.dataSubjectRequests,
            new RestrictionService(stores.restrictions, stores.accounts, stores.transactions, stores.clock),
            new PrivacyService(stores.privacy, stores.consents, stores.accounts, statisticsId -> { },
                    new FakeDailyRollup(), stores.transactions, "2024-10-21", stores.clock, new SecureRandom()),
            new MyAccountService(stores.accounts, new SettingsService(stores.settings, stores.templates,
                    stores.transactions, stores.clock), stores.transactions, stores.clock),
            stores.accounts, stores.audit, stores.transactions, stores.clock);
    private final Account archived = anAccount().withStatus(ContractStatus.CANCELLED).build();

    OnBehalfChangesServiceTest() {
        stores.accounts.add(archived);
    }

    private ItemId restrictionRequest() {
        DataSubjectRequest request = DataSubjectRequest.record(ItemId.random(), archived.userId(),
                DataSubjectRequestType.RESTRICTION, stores.clock.instant().minus(Duration.ofHours(1)),
                new RequestNote("By letter."), stores.clock.instant());
        stores.dataSubjectRequests.add(request);
        return request.id();
    }

    /**
     * Found in review: once the retention job has marked the account for erasure, a restriction would answer "kept"
     * and then be erased with the account; it is refused instead.
     */
    @Test
    void aRestrictionAfterTheAccountsErasureWasAskedForIsRefused() {
        ItemId request = restrictionRequest();
        stores.accounts.markErasureRequested(archived.userId(), stores.clock.instant());

        assertThatThrownBy(() -> changes.restrictFor("olivia", request))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("account.erasure_running"));
        assertThat(stores.restrictions.find(archived.userId()).restricted()).isFalse();
    }

    @Test
    void aRestrictionBeforeItIsStored() {
        ItemId request = restrictionRequest();

        assertThat(changes.restrictFor("olivia", request).restricted()).isTrue();
        assertThat(stores.restrictions.find(archived.userId()).restricted()).isTrue();
    }
}
