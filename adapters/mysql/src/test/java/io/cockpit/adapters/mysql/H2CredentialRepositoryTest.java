package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.CredentialRepository;
import io.cockpit.application.port.out.CredentialRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The CredentialRepository contract on H2 in MySQL mode. */
class H2CredentialRepositoryTest extends CredentialRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected CredentialRepository credentials() {
        return under.store().credentials();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
