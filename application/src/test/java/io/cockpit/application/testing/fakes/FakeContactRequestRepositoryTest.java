package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.website.ContactRequestRepository;
import io.cockpit.application.port.out.website.ContactRequestRepositoryContract;

class FakeContactRequestRepositoryTest extends ContactRequestRepositoryContract {

    private final FakeDatabase database = new FakeDatabase();
    private final ContactRequestRepository requests = new FakeContactRequestRepository(database);

    @Override
    protected ContactRequestRepository requests() {
        return requests;
    }
}
