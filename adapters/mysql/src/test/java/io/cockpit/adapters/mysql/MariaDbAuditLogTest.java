package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.AuditLog;
import io.cockpit.application.port.out.AuditLogContract;
import org.junit.jupiter.api.AfterEach;

/** The AuditLog contract on the real MariaDB server. */
class MariaDbAuditLogTest extends AuditLogContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected AuditLog audit() {
        return under.store().auditLog();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
