package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.TemplateRepository;
import io.cockpit.application.port.out.TemplateRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The TemplateRepository contract on the real MariaDB server. */
class MariaDbTemplateRepositoryTest extends TemplateRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected TemplateRepository templates() {
        return under.store().templates();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
