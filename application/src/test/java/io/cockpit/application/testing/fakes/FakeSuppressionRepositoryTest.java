package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.linkedin.SuppressionRepository;
import io.cockpit.application.port.out.linkedin.SuppressionRepositoryContract;


class FakeSuppressionRepositoryTest extends SuppressionRepositoryContract {

    private final FakeDatabase database = new FakeDatabase();
    private final SuppressionRepository repository = new FakeSuppressionRepository(database);

    @Override
    protected SuppressionRepository suppressions() {
        return repository;
    }
}
