package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.label.JdbiLabelRepository;
import io.cockpit.application.port.out.label.LabelRepository;
import io.cockpit.application.port.out.label.LabelRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The LabelRepository contract on H2 in MySQL mode. */
class H2LabelRepositoryTest extends LabelRepositoryContract {

    private final StoreUnderTest under = StoreUnderTest.h2();

    @Override
    protected LabelRepository labels() {
        return under.store().repository(JdbiLabelRepository::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
