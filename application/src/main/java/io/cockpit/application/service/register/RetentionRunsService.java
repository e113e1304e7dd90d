package io.cockpit.application.service.register;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.in.register.RetentionRunsQuery;
import io.cockpit.application.port.out.audit.AuditLog;
import io.cockpit.application.port.out.register.RetentionRuns;
import io.cockpit.domain.audit.AuditEvent;
import io.cockpit.domain.register.RetentionRun;

import java.time.Clock;

/** The retention job's runs for the operator; the reading is audited. */
public final class RetentionRunsService implements RetentionRunsQuery {

    private final RetentionRuns runs;
    private final AuditLog audit;
    private final Clock clock;

    public RetentionRunsService(RetentionRuns runs, AuditLog audit, Clock clock) {
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Page<RetentionRun> runs(String operator, PageRequest page) {
        audit.record(new AuditEvent(operator, "retention_runs.list", "-", clock.instant()));
        return runs.list(page);
    }
}
