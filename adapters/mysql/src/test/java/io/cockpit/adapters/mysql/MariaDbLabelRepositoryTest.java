package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.LabelRepository;
import io.cockpit.application.port.out.LabelRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The LabelRepository contract on the real MariaDB server. */
class MariaDbLabelRepositoryTest extends LabelRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected LabelRepository labels() {
        return under.store().labels();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
