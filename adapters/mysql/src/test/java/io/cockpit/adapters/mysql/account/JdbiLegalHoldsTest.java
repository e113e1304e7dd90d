package io.cockpit.adapters.mysql.account;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.account.LegalHolds;
import io.cockpit.application.port.out.account.LegalHoldsContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The LegalHolds contract on JdbiLegalHolds, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiLegalHoldsTest {

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
    abstract static class Contract extends LegalHoldsContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected LegalHolds holds() {
            return under.store().repository(JdbiLegalHolds::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
