package io.cockpit.application.port.out.register;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.register.RetentionRun;

/** The record of the retention job's runs: counts per category, no personal data. */
public interface RetentionRuns {

    void add(RetentionRun run);

    /** The runs, the latest first. */
    Page<RetentionRun> list(PageRequest page);
}
