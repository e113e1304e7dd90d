package io.cockpit.adapters.mysql.label;

import io.cockpit.adapters.mysql.StoreUnderTest;
import io.cockpit.application.port.out.label.LabelRepository;
import io.cockpit.application.port.out.label.LabelRepositoryContract;
import io.cockpit.application.testing.NeedsRealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The LabelRepository contract on JdbiLabelRepository, on H2 in MySQL mode and on the real MariaDB server. */
class JdbiLabelRepositoryTest {

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
    abstract static class Contract extends LabelRepositoryContract {

        private final StoreUnderTest under;

        Contract(StoreUnderTest under) {
            this.under = under;
        }

        @Override
        protected LabelRepository labels() {
            return under.store().repository(JdbiLabelRepository::new);
        }

        @AfterEach
        void close() {
            under.close();
        }
    }
}
