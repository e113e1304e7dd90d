package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.website.ApplicationRepository;
import io.cockpit.application.port.out.website.ApplicationRepositoryContract;

class FakeApplicationRepositoryTest extends ApplicationRepositoryContract {

    private final FakeDatabase database = new FakeDatabase();
    private final ApplicationRepository applications = new FakeApplicationRepository(database);

    @Override
    protected ApplicationRepository applications() {
        return applications;
    }

    @Override
    protected io.cockpit.application.port.out.shared.Transactions transactions() {
        return database.transactions();
    }
}
