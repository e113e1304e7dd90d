package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.linkedin.MessageRepository;
import io.cockpit.application.port.out.linkedin.MessageRepositoryContract;


class FakeMessageRepositoryTest extends MessageRepositoryContract {

    private final FakeDatabase database = new FakeDatabase();
    private final MessageRepository repository = new FakeMessageRepository(database);

    @Override
    protected MessageRepository messages() {
        return repository;
    }
}
