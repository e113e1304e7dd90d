package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.audit.AuditLogContract;
import org.junit.jupiter.api.AfterEach;

/** The AuditLog contract on the real MariaDB server. */
class MariaDbAuditLogTest extends AuditLogContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected AuditLog audit() {
        return under.store().repository(JdbiAuditLog::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
