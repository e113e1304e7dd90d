package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.account.LegalHolds;
import io.cockpit.application.port.out.account.LegalHoldsContract;

class FakeLegalHoldsTest extends LegalHoldsContract {

    private final LegalHolds holds = new FakeLegalHolds(new FakeDatabase());

    @Override
    protected LegalHolds holds() {
        return holds;
    }
}
