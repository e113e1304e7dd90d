package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.linkedin.ProfileRepository;
import io.cockpit.application.port.out.linkedin.ProfileRepositoryContract;


class FakeProfileRepositoryTest extends ProfileRepositoryContract {

    private final FakeDatabase database = new FakeDatabase();
    private final ProfileRepository repository = new FakeProfileRepository(database);

    @Override
    protected ProfileRepository profiles() {
        return repository;
    }
}
