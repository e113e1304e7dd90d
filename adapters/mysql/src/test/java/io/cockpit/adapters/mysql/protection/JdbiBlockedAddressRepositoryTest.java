package io.cockpit.adapters.mysql.protection;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.protection.BlockedAddressRepository;
import io.cockpit.application.port.out.protection.BlockedAddressRepositoryContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The BlockedAddressRepository contract on JdbiBlockedAddressRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiBlockedAddressRepositoryTest {

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
    abstract static class Contract extends BlockedAddressRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected BlockedAddressRepository blocked() {
            return under.store().repository(JdbiBlockedAddressRepository::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
