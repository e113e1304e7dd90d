package io.cockpit.adapters.mysql;

import io.cockpit.application.port.out.ActivationTokens;
import io.cockpit.application.port.out.ActivationTokensContract;
import org.junit.jupiter.api.AfterEach;

/** The ActivationTokens contract on the real MariaDB server. */
class MariaDbActivationTokensTest extends ActivationTokensContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected ActivationTokens tokens() {
        return under.store().activationTokens();
    }

    @AfterEach
    void close() {
        under.close();
    }
}
