package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.register.ErasureRequests;
import io.cockpit.application.port.out.register.ErasureRequestsContract;

class FakeErasureRequestsTest extends ErasureRequestsContract {

    private final ErasureRequests requests = new FakeErasureRequests(new FakeDatabase());

    @Override
    protected ErasureRequests requests() {
        return requests;
    }
}
