package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.access.SessionRepository;
import io.cockpit.application.port.out.access.SessionRepositoryContract;

class FakeSessionRepositoryTest extends SessionRepositoryContract {

    private final SessionRepository sessions = new FakeSessionRepository(new FakeDatabase());

    @Override
    protected SessionRepository sessions() {
        return sessions;
    }
}
