package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.privacy.JdbiConsentLedger;
import io.cockpit.application.port.out.privacy.ConsentLedger;
import io.cockpit.application.port.out.privacy.ConsentLedgerContract;
import org.junit.jupiter.api.AfterEach;

/** The ConsentLedger contract on the real MariaDB server. */
class MariaDbConsentLedgerTest extends ConsentLedgerContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected ConsentLedger ledger() {
        return under.store().repository(JdbiConsentLedger::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
