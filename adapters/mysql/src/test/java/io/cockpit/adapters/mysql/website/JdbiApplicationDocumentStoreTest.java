package io.cockpit.adapters.mysql.website;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.website.ApplicationDocumentStore;
import io.cockpit.application.port.out.website.ApplicationDocumentStoreContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The ApplicationDocumentStore contract on JdbiApplicationDocumentStore, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiApplicationDocumentStoreTest {

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
    abstract static class Contract extends ApplicationDocumentStoreContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected ApplicationDocumentStore documents() {
            return under.store().repository(JdbiApplicationDocumentStore::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
