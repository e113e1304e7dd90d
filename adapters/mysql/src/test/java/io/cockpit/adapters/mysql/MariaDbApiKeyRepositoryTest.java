package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.ApiKeyRepository;
import io.cockpit.application.port.out.ApiKeyRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The ApiKeyRepository contract on the real MariaDB server. */
class MariaDbApiKeyRepositoryTest extends ApiKeyRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected ApiKeyRepository keys() {
        return under.store().apiKeys();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
