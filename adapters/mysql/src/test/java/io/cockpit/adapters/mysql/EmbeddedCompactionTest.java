package io.cockpit.adapters.mysql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedCompactionTest {

    @Test
    void theEmbeddedStoreCompactsOnlyChunksLessThanHalfFull(@TempDir Path dataDir) throws SQLException {
        DatabaseSettings settings = DatabaseSettings.embedded(dataDir, 2);
        try (RelationalStore store = RelationalStore.open(settings);
             Connection beside = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement statement = beside.createStatement();
             ResultSet setting = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME = 'AUTO_COMPACT_FILL_RATE'")) {
            assertThat(store.answers()).isTrue();
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("50");
        }
    }
}
