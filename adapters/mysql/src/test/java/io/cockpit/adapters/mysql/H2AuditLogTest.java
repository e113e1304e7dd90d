package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.AuditLog;
import io.cockpit.application.port.out.AuditLogContract;
import org.junit.jupiter.api.AfterEach;

/** The AuditLog contract on H2 in MySQL mode. */
class H2AuditLogTest extends AuditLogContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected AuditLog audit() {
        return under.store().auditLog();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
