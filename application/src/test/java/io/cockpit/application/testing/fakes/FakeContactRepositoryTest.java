package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.linkedin.ContactRepositoryContract;


class FakeContactRepositoryTest extends ContactRepositoryContract {

    private final FakeDatabase database = new FakeDatabase();
    private final ContactRepository repository = new FakeContactRepository(database);

    @Override
    protected ContactRepository contacts() {
        return repository;
    }
}
