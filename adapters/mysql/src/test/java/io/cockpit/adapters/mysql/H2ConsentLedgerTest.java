package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.privacy.JdbiConsentLedger;
import io.cockpit.application.port.out.privacy.ConsentLedger;
import io.cockpit.application.port.out.privacy.ConsentLedgerContract;
import org.junit.jupiter.api.AfterEach;

/** The ConsentLedger contract on H2 in MySQL mode. */
class H2ConsentLedgerTest extends ConsentLedgerContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected ConsentLedger ledger() {
        return under.store().repository(JdbiConsentLedger::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
