package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.register.ErasureLedger;
import io.cockpit.application.port.out.register.ErasureLedgerContract;

class FakeErasureLedgerTest extends ErasureLedgerContract {

    private final ErasureLedger ledger = new FakeErasureLedger(new FakeDatabase());

    @Override
    protected ErasureLedger ledger() {
        return ledger;
    }
}
