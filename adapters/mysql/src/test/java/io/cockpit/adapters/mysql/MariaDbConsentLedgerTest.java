package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.ConsentLedger;
import io.cockpit.application.port.out.ConsentLedgerContract;
import org.junit.jupiter.api.AfterEach;

/** The ConsentLedger contract on the real MariaDB server. */
class MariaDbConsentLedgerTest extends ConsentLedgerContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected ConsentLedger ledger() {
        return under.store().consentLedger();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
