package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.SessionRepository;
import io.cockpit.application.port.out.SessionRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The SessionRepository contract on H2 in MySQL mode. */
class H2SessionRepositoryTest extends SessionRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected SessionRepository sessions() {
        return under.store().sessions();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
