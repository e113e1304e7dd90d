package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.CredentialRepository;
import io.cockpit.application.port.out.CredentialRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The CredentialRepository contract on the real MariaDB server. */
class MariaDbCredentialRepositoryTest extends CredentialRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected CredentialRepository credentials() {
        return under.store().credentials();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
