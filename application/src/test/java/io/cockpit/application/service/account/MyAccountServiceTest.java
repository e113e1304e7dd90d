package io.cockpit.application.service.account;

import io.cockpit.application.port.in.account.MyAccountQuery.MyAccount;
import io.cockpit.application.service.settings.SettingsService;
import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.ContractStatus;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MyAccountServiceTest {

    private final FakeStores stores = new FakeStores();
    private final MyAccountService myAccount = new MyAccountService(stores.accounts,
            new SettingsService(stores.settings, stores.templates, stores.transactions, stores.clock), stores.transactions, stores.clock);
    private final Account account = anAccount().withName("Jana Schmitt").withStatus(ContractStatus.PAYMENT_OVERDUE)
            .build();

    MyAccountServiceTest() {
        stores.accounts.add(account);
    }

    @Test
    void theUserCorrectsTheNameAndNothingElseChanges() {
        stores.clock.advance(Duration.ofHours(1));

        MyAccount corrected = myAccount.rectifyName(account.userId(), new PersonName("Jana Schmidt"));

        Account stored = stores.accounts.findById(account.userId()).orElseThrow();
        assertThat(corrected.account()).isEqualTo(stored);
        assertThat(stored.name()).isEqualTo(new PersonName("Jana Schmidt"));
        assertThat(stored.updatedAt()).isEqualTo(stores.clock.instant());
        assertThat(stored.email()).isEqualTo(account.email());
        assertThat(stored.contract()).isEqualTo(account.contract());
        assertThat(stored.externalId()).isEqualTo(account.externalId());
        assertThat(corrected.notices()).extracting(n -> n.code()).containsExactly("contract.payment_overdue");
    }

    @Test
    void theSameNameAgainWritesNothing() {
        MyAccount same = myAccount.rectifyName(account.userId(), account.name());

        assertThat(same.account().version()).isEqualTo(account.version());
        assertThat(stores.accounts.findById(account.userId()).orElseThrow().version()).isEqualTo(account.version());
    }

    @Test
    void anAccountThatIsGoneIsNotFound() {
        assertThatThrownBy(() -> myAccount.rectifyName(anAccount().build().userId(), new PersonName("X")))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("account.not_found"));
    }
}
