package io.cockpit.adapters.mysql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class H2WriteBufferTest {

    @Test
    void theEmbeddedStoreOpensWithTheRaisedBudget(@TempDir Path dataDir) throws SQLException {
        DatabaseSettings settings = DatabaseSettings.embedded(dataDir, 2);
        try (RelationalStore store = RelationalStore.open(settings);
             Connection beside = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            assertThat(store.answers()).isTrue();
            assertThat(budgetOf(beside)).isEqualTo(H2WriteBuffer.budgetFor(Runtime.getRuntime().maxMemory()))
                    .isGreaterThan(19 << 20);
        }
    }

    @Test
    void aDatabaseInMemoryIsLeftAsItIs() throws SQLException {
        try (Connection memory = DriverManager.getConnection("jdbc:h2:mem:", "sa", "")) {
            assertThat(H2WriteBuffer.raise(memory)).isEmpty();
            assertThat(budgetOf(memory)).isZero();
        }
    }

    @Test
    void theBudgetIsAnEighthOfTheHeapBetweenH2sOwnAnd256Megabytes() {
        assertThat(H2WriteBuffer.budgetFor(64L << 20)).isEqualTo(19 << 20);
        assertThat(H2WriteBuffer.budgetFor(1L << 30)).isEqualTo(128 << 20);
        assertThat(H2WriteBuffer.budgetFor(16L << 30)).isEqualTo(256 << 20);
    }

    @Test
    void raisingTwiceKeepsTheBudget(@TempDir Path dataDir) throws SQLException {
        DatabaseSettings settings = DatabaseSettings.embedded(dataDir, 2);
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password())) {
            OptionalInt first = H2WriteBuffer.raise(connection);
            assertThat(first).isPresent();
            assertThat(H2WriteBuffer.raise(connection)).isEqualTo(first);
            assertThat(budgetOf(connection)).isEqualTo(first.getAsInt());
        }
    }

    private static int budgetOf(Connection connection) throws SQLException {
        return H2WriteBuffer.storeOf(connection).getAutoCommitMemory();
    }
}
