package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.ConsentLedger;
import io.cockpit.application.port.out.ConsentLedgerContract;
import org.junit.jupiter.api.AfterEach;

/** The ConsentLedger contract on H2 in MySQL mode. */
class H2ConsentLedgerTest extends ConsentLedgerContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected ConsentLedger ledger() {
        return under.store().consentLedger();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
