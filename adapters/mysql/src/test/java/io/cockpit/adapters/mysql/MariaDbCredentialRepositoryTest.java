package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.access.JdbiCredentialRepository;
import io.cockpit.application.port.out.access.CredentialRepository;
import io.cockpit.application.port.out.access.CredentialRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The CredentialRepository contract on the real MariaDB server. */
class MariaDbCredentialRepositoryTest extends CredentialRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected CredentialRepository credentials() {
        return under.store().repository(JdbiCredentialRepository::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
