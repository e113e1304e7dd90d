package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.register.RetentionRuns;
import io.cockpit.application.port.out.register.RetentionRunsContract;

class FakeRetentionRunsTest extends RetentionRunsContract {

    private final RetentionRuns runs = new FakeRetentionRuns(new FakeDatabase());

    @Override
    protected RetentionRuns runs() {
        return runs;
    }
}
