package io.cockpit.adapters.mysql.access;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.access.PasswordResetTokens;
import io.cockpit.application.port.out.access.PasswordResetTokensContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The PasswordResetTokens contract on JdbiPasswordResetTokens, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiPasswordResetTokensTest {

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
    abstract static class Contract extends PasswordResetTokensContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected PasswordResetTokens tokens() {
            return under.store().repository(JdbiPasswordResetTokens::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
