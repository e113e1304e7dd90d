package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.privacy.JdbiPrivacyRepository;
import io.cockpit.application.port.out.privacy.PrivacyRepository;
import io.cockpit.application.port.out.privacy.PrivacyRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The PrivacyRepository contract on the real MariaDB server. */
class MariaDbPrivacyRepositoryTest extends PrivacyRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected PrivacyRepository privacy() {
        return under.store().repository(JdbiPrivacyRepository::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
