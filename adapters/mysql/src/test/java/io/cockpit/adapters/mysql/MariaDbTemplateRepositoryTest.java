package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.template.JdbiTemplateRepository;
import io.cockpit.application.port.out.template.TemplateRepository;
import io.cockpit.application.port.out.template.TemplateRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The TemplateRepository contract on the real MariaDB server. */
class MariaDbTemplateRepositoryTest extends TemplateRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected TemplateRepository templates() {
        return under.store().repository(JdbiTemplateRepository::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
