package io.cockpit.adapters.mysql.account;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.account.AccountRepository;
import io.cockpit.application.port.out.account.AccountRepositoryContract;
import io.cockpit.application.port.out.shared.Transactions;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The AccountRepository contract on JdbiAccountRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiAccountRepositoryTest {

    @Nested
    class OnH2 extends Contract {
        OnH2() {
            super(StoreUnderTest.h2());
        }
    }

    @Nested
    @NeedsRealServers
    class OnMariaDb extends Contract {
        OnMariaDb() {
            super(StoreUnderTest.mariaDb());
        }
    }

    /** The contract on a fresh store per test. */
    abstract static class Contract extends AccountRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected io.cockpit.application.port.out.account.LegalHolds legalHolds() {
            return under.store().repository(JdbiLegalHolds::new);
        }

        @Override
        protected io.cockpit.application.port.out.privacy.RestrictionRepository restrictions() {
            return under.store().repository(io.cockpit.adapters.mysql.privacy.JdbiRestrictionRepository::new);
        }

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
}
