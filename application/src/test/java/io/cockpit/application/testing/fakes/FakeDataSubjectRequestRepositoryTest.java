package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.privacy.DataSubjectRequestRepository;
import io.cockpit.application.port.out.privacy.DataSubjectRequestRepositoryContract;

class FakeDataSubjectRequestRepositoryTest extends DataSubjectRequestRepositoryContract {

    private final DataSubjectRequestRepository requests = new FakeDataSubjectRequestRepository(new FakeDatabase(),
            PSEUDONYMS);

    @Override
    protected DataSubjectRequestRepository requests() {
        return requests;
    }
}
