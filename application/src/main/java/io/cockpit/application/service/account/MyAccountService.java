package io.cockpit.application.service.account;

import io.cockpit.application.port.in.account.MyAccountQuery;
import io.cockpit.application.port.in.settings.SettingsUseCase;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.Notice;
import io.cockpit.domain.account.UserId;

public final class MyAccountService implements MyAccountQuery {

    private final AccountRepository accounts;
    private final SettingsUseCase settings;

    public MyAccountService(AccountRepository accounts, SettingsUseCase settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public MyAccount myAccount(UserId userId) {
        Account account = accounts.findById(userId).orElseThrow(AccountErrors::notFound);
        return new MyAccount(account, Notice.of(account, settings.settings(userId).value().language()));
    }
}
