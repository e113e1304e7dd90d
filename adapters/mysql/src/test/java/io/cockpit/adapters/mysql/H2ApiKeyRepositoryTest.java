package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.access.JdbiApiKeyRepository;
import io.cockpit.application.port.out.access.ApiKeyRepository;
import io.cockpit.application.port.out.access.ApiKeyRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The ApiKeyRepository contract on H2 in MySQL mode. */
class H2ApiKeyRepositoryTest extends ApiKeyRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected ApiKeyRepository keys() {
        return under.store().repository(JdbiApiKeyRepository::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
