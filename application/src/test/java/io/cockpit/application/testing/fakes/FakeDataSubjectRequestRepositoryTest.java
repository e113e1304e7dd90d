package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.privacy.DataSubjectRequestRepository;
import io.cockpit.application.port.out.privacy.DataSubjectRequestRepositoryContract;

class FakeDataSubjectRequestRepositoryTest extends DataSubjectRequestRepositoryContract {

    private final DataSubjectRequestRepository requests = new FakeDataSubjectRequestRepository(new FakeDatabase());

    @Override
    protected DataSubjectRequestRepository requests() {
        return requests;
    }
}
