package io.cockpit.adapters.mysql.access;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.access.KnownSignInAddresses;
import io.cockpit.application.port.out.access.KnownSignInAddressesContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The KnownSignInAddresses contract on JdbiKnownSignInAddresses, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiKnownSignInAddressesTest {

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
    abstract static class Contract extends KnownSignInAddressesContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected KnownSignInAddresses addresses() {
            return under.store().repository(JdbiKnownSignInAddresses::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
