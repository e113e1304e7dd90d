package io.cockpit.application.service;

import io.cockpit.application.port.in.MyAccountQuery;
import io.cockpit.application.port.out.AccountRepository;
import io.cockpit.application.port.out.SettingsRepository;
import io.cockpit.domain.account.Account;
import io.cockpit.domain.account.AccountErrors;
import io.cockpit.domain.account.Notice;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.settings.UserSettings;
import io.cockpit.domain.shared.Versioned;

public final class MyAccountService implements MyAccountQuery {

    private final AccountRepository accounts;
    private final SettingsRepository settings;

    public MyAccountService(AccountRepository accounts, SettingsRepository settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public MyAccount myAccount(UserId userId) {
        Account account = accounts.findById(userId).orElseThrow(AccountErrors::notFound);
        UserSettings userSettings = settings.find(userId).map(Versioned::value).orElse(UserSettings.DEFAULT);
        return new MyAccount(account, Notice.of(account, userSettings.language()));
    }
}
