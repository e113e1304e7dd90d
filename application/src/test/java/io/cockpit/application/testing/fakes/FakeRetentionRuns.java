package io.cockpit.application.testing.fakes;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.application.port.out.register.RetentionRuns;
import io.cockpit.domain.register.RetentionRun;

import java.util.List;

/** The retention job's runs in a {@link FakeDatabase}. */
public final class FakeRetentionRuns implements RetentionRuns {

    private final FakeTable<RetentionRun> runs;

    public FakeRetentionRuns(FakeDatabase database) {
        this.runs = database.table("retention_run", RetentionRun::id, List.of());
    }

    @Override
    public void add(RetentionRun run) {
        runs.insert(new RetentionRun(run.id(), StoredTime.of(run.startedAt()), StoredTime.of(run.finishedAt()),
                run.deleted(), run.failed()));
    }

    @Override
    public Page<RetentionRun> list(PageRequest page) {
        return Keyset.newestFirst(runs.select(run -> true), page, RetentionRun::startedAt, run -> run.id().value());
    }
}
