package io.cockpit.adapters.mysql.linkedin;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.linkedin.ContactRepository;
import io.cockpit.application.port.out.linkedin.ContactRepositoryContract;

import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The ContactRepository contract on JdbiContactRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiContactRepositoryTest {

    @Nested
    class OnH2 extends Contract {
        OnH2() {
            super(StoreUnderTest.h2(), JdbiContactRepository.LIST_WINDOW);
        }
    }

    @Nested
    @NeedsRealServers
    class OnMariaDb extends Contract {
        OnMariaDb() {
            super(StoreUnderTest.mariaDb(), JdbiContactRepository.LIST_WINDOW);
        }
    }

    /** A filtered list reads one index entry in order, then the user's range: every path with a few contacts. */
    @Nested
    @NeedsRealServers
    class OnMariaDbWithAWindowOfOne extends Contract {
        OnMariaDbWithAWindowOfOne() {
            super(StoreUnderTest.mariaDb(), 1);
        }
    }

    @Nested
    @NeedsRealServers
    class OnMariaDbWithAWindowOfTwo extends Contract {
        OnMariaDbWithAWindowOfTwo() {
            super(StoreUnderTest.mariaDb(), 2);
        }
    }

    /** The contract on a fresh store per test. */
    abstract static class Contract extends ContactRepositoryContract {

        private final StoreUnderTest under;
        private final int window;

        Contract(StoreUnderTest under, int window) {
            this.under = under;
            this.window = window;
        }

        @Override
        protected ContactRepository contacts() {
            return under.store().repository(db -> new JdbiContactRepository(db, window));
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
