package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.account.JdbiAccountRepository;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.account.AccountRepositoryContract;
import io.cockpit.application.port.out.shared.Transactions;
import org.junit.jupiter.api.AfterEach;

/** The AccountRepository contract on the real MariaDB server. */
class MariaDbAccountRepositoryTest extends AccountRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected AccountRepository accounts() {
        return under.store().repository(JdbiAccountRepository::new);
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
