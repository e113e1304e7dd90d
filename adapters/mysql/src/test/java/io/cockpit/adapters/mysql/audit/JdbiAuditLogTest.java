package io.cockpit.adapters.mysql.audit;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.audit.AuditLogContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The AuditLog contract on JdbiAuditLog, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiAuditLogTest {

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
    abstract static class Contract extends AuditLogContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected AuditLog audit() {
            return under.store().repository(JdbiAuditLog::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
