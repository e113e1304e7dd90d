package io.cockpit.adapters.mysql.register;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.register.ErasureLedger;
import io.cockpit.application.port.out.register.ErasureLedgerContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The ErasureLedger contract on JdbiErasureLedger, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiErasureLedgerTest {

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
    abstract static class Contract extends ErasureLedgerContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected ErasureLedger ledger() {
            return under.store().repository(JdbiErasureLedger::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
