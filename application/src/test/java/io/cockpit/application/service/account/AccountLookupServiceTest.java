package io.cockpit.application.service.account;

import io.cockpit.application.testing.fakes.FakeStores;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.EmailAddress;
import io.cockpit.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import static io.cockpit.application.testing.AccountMother.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

class AccountLookupServiceTest {

    private final FakeStores stores = new FakeStores();
    private final AccountLookupService lookup = new AccountLookupService(stores.accounts, stores.audit,
            stores.transactions, stores.clock);
    private final Account account = anAccount().withEmail("Jana.Schmidt@Example.com").build();

    AccountLookupServiceTest() {
        stores.accounts.add(account);
    }

    @Test
    void findsTheAccountByItsLoginWhateverTheCaseAndAuditsTheUserIdOnly() {
        assertThat(lookup.findByEmail("olivia", new EmailAddress("jana.schmidt@example.COM"))).contains(account);

        assertThat(stores.audit.latest(1)).containsExactly(new AuditEvent("olivia", "accounts.find_by_email",
                account.userId().value(), stores.clock.instant()));
    }

    @Test
    void anAddressWithoutAccountFindsNothingAndTheLookupIsStillAudited() {
        assertThat(lookup.findByEmail("olivia", new EmailAddress("jana.schmidt@example.org"))).isEmpty();
        assertThat(lookup.findByEmail("olivia", new EmailAddress("schmidt@example.com"))).isEmpty();

        assertThat(stores.audit.latest(5)).extracting(AuditEvent::target).containsExactly("-", "-");
        assertThat(stores.audit.latest(5).toString()).doesNotContain("example");
    }
}
