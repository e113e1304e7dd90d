package io.cockpit.application.service.account;

import io.cockpit.application.port.in.account.MyAccountQuery;
import io.cockpit.application.port.in.account.RectifyMyAccountUseCase;
import io.cockpit.application.port.in.settings.SettingsUseCase;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.shared.StaleWriteException;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.Notice;
import io.cockpit.domain.account.PersonName;
import io.cockpit.domain.account.UserId;

import java.time.Clock;

/** The signed-in user's own account: reading it, and correcting the name. */
public final class MyAccountService implements MyAccountQuery, RectifyMyAccountUseCase {

    private static final int ATTEMPTS_AGAINST_CONCURRENT_CHANGES = 3;

    private final AccountRepository accounts;
    private final SettingsUseCase settings;
    private final Transactions transactions;
    private final Clock clock;

    public MyAccountService(AccountRepository accounts, SettingsUseCase settings, Transactions transactions,
                            Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MyAccount myAccount(UserId userId) {
        return withNotices(accounts.findById(userId).orElseThrow(AccountErrors::notFound));
    }

    @Override
    public MyAccount rectifyName(UserId userId, PersonName name) {
        for (int attempt = 1; ; attempt++) {
            try {
                return withNotices(transactions.inTransaction(() -> {
                    Account account = accounts.findById(userId).orElseThrow(AccountErrors::notFound);
                    Account changed = account.changeName(name, clock.instant());
                    return changed == account ? account : accounts.update(changed);
                }));
            } catch (StaleWriteException lost) {
                // the partner changed the account at the same moment: read it again and apply the name to that
                if (attempt == ATTEMPTS_AGAINST_CONCURRENT_CHANGES) {
                    throw lost;
                }
            }
        }
    }

    private MyAccount withNotices(Account account) {
        return new MyAccount(account, Notice.of(account, settings.settings(account.userId()).value().language()));
    }
}
