package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.PrivacyRepository;
import io.cockpit.application.port.out.PrivacyRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The PrivacyRepository contract on H2 in MySQL mode. */
class H2PrivacyRepositoryTest extends PrivacyRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected PrivacyRepository privacy() {
        return under.store().privacy();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
