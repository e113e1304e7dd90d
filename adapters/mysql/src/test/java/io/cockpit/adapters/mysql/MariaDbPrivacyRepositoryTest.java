package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.PrivacyRepository;
import io.cockpit.application.port.out.PrivacyRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The PrivacyRepository contract on the real MariaDB server. */
class MariaDbPrivacyRepositoryTest extends PrivacyRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected PrivacyRepository privacy() {
        return under.store().privacy();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
