package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.audit.AuditLogContract;

class FakeAuditLogTest extends AuditLogContract {

    private final AuditLog audit = new FakeAuditLog(new FakeDatabase());

    @Override
    protected AuditLog audit() {
        return audit;
    }
}
