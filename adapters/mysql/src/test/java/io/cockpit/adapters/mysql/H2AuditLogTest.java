package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.audit.JdbiAuditLog;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.audit.AuditLogContract;
import org.junit.jupiter.api.AfterEach;

/** The AuditLog contract on H2 in MySQL mode. */
class H2AuditLogTest extends AuditLogContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected AuditLog audit() {
        return under.store().repository(JdbiAuditLog::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
