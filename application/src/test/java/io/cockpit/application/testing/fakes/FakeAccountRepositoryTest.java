package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.account.AccountRepositoryContract;
import io.cockpit.application.port.out.shared.Transactions;

class FakeAccountRepositoryTest extends AccountRepositoryContract {

    private final FakeDatabase database = new FakeDatabase();
    private final FakeLegalHolds holds = new FakeLegalHolds(database);
    private final FakeRestrictionRepository restrictions = new FakeRestrictionRepository(database);
    private final AccountRepository accounts = new FakeAccountRepository(database, holds, restrictions);

    @Override
    protected io.cockpit.application.port.out.account.LegalHolds legalHolds() {
        return holds;
    }

    @Override
    protected io.cockpit.application.port.out.privacy.RestrictionRepository restrictions() {
        return restrictions;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }

    @Override
    protected Transactions transactions() {
        return database.transactions();
    }
}
