package io.cockpit.application.testing.fakes;

import io.cockpit.application.port.out.privacy.ConsentLedger;
import io.cockpit.application.port.out.privacy.ConsentLedgerContract;

class FakeConsentLedgerTest extends ConsentLedgerContract {

    private final ConsentLedger ledger = new FakeConsentLedger(new FakeDatabase());

    @Override
    protected ConsentLedger ledger() {
        return ledger;
    }
}
