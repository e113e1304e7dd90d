package io.cockpit.application.port.in.register;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.register.RetentionRun;

/** The operator reads the retention job's runs (counts per category, no personal data); audited. */
public interface RetentionRunsQuery {

    Page<RetentionRun> runs(String operator, PageRequest page);
}
