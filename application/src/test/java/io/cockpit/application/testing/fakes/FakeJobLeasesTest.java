package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.shared.JobLeases;
import io.cockpit.application.port.out.shared.JobLeasesContract;

class FakeJobLeasesTest extends JobLeasesContract {

    private final JobLeases leases = new FakeJobLeases();

    @Override
    protected JobLeases leases() {
        return leases;
    }
}
