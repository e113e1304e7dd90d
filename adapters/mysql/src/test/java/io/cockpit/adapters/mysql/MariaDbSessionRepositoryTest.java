package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.access.JdbiSessionRepository;
import io.cockpit.application.port.out.access.SessionRepository;
import io.cockpit.application.port.out.access.SessionRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The SessionRepository contract on the real MariaDB server. */
class MariaDbSessionRepositoryTest extends SessionRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected SessionRepository sessions() {
        return under.store().repository(JdbiSessionRepository::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
