package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.ApiKeyRepository;
import io.cockpit.application.port.out.ApiKeyRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The ApiKeyRepository contract on H2 in MySQL mode. */
class H2ApiKeyRepositoryTest extends ApiKeyRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected ApiKeyRepository keys() {
        return under.store().apiKeys();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
