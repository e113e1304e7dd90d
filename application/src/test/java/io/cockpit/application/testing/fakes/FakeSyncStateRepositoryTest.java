package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.linkedin.SyncStateRepository;
import io.cockpit.application.port.out.linkedin.SyncStateRepositoryContract;
import io.cockpit.application.port.out.shared.Transactions;

class FakeSyncStateRepositoryTest extends SyncStateRepositoryContract {

    private final FakeDatabase database = new FakeDatabase();
    private final SyncStateRepository repository = new FakeSyncStateRepository(database);

    @Override
    protected SyncStateRepository states() {
        return repository;
    }

    @Override
    protected Transactions transactions() {
        return database.transactions();
    }
}
