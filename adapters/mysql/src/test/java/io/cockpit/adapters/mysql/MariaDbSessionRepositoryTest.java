package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.SessionRepository;
import io.cockpit.application.port.out.SessionRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The SessionRepository contract on the real MariaDB server. */
class MariaDbSessionRepositoryTest extends SessionRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected SessionRepository sessions() {
        return under.store().sessions();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
