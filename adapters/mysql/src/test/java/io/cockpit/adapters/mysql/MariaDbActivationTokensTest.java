package io.cockpit.adapters.mysql;

import io.cockpit.adapters.mysql.access.JdbiActivationTokens;
import io.cockpit.application.port.out.access.ActivationTokens;
import io.cockpit.application.port.out.access.ActivationTokensContract;
import org.junit.jupiter.api.AfterEach;

/** The ActivationTokens contract on the real MariaDB server. */
class MariaDbActivationTokensTest extends ActivationTokensContract {

    private final StoreUnderTest under = StoreUnderTest.mariaDb();

    @Override
    protected ActivationTokens tokens() {
        return under.store().repository(JdbiActivationTokens::new);
    }

    @AfterEach
    void close() {
        under.close();
    }
}
