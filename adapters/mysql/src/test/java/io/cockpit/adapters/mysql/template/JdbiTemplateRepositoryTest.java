package io.cockpit.adapters.mysql.template;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.template.TemplateRepository;
import io.cockpit.application.port.out.template.TemplateRepositoryContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The TemplateRepository contract on JdbiTemplateRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiTemplateRepositoryTest {

    @Nested
    class OnH2 extends Contract {
        OnH2() {
            super(StoreUnderTest.h2());
        }
    }

    @Nested
    @NeedsRealServers
    class OnMariaDb extends Contract {
        OnMariaDb() {
            super(StoreUnderTest.mariaDb());
        }
    }

    /** The contract on a fresh store per test. */
    abstract static class Contract extends TemplateRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected TemplateRepository templates() {
            return under.store().repository(JdbiTemplateRepository::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
