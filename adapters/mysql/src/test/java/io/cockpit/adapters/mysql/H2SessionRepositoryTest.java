package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.access.JdbiSessionRepository;
import io.cockpit.application.port.out.access.SessionRepository;
import io.cockpit.application.port.out.access.SessionRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The SessionRepository contract on H2 in MySQL mode. */
class H2SessionRepositoryTest extends SessionRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected SessionRepository sessions() {
        return under.store().repository(JdbiSessionRepository::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
