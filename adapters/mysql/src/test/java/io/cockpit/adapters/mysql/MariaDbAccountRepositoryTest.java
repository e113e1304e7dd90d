package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.AccountRepository;
import io.cockpit.application.port.out.AccountRepositoryContract;
import io.cockpit.application.port.out.Transactions;
import org.junit.jupiter.api.AfterEach;

/** The AccountRepository contract on the real MariaDB server. */
class MariaDbAccountRepositoryTest extends AccountRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected AccountRepository accounts() {
        return under.store().accounts();
    }

    @Override
    protected Transactions transactions() {
        return under.store().transactions();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
