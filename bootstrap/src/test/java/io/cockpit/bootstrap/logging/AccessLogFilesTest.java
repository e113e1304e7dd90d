package io.cockpit.bootstrap.logging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class AccessLogFilesTest {

    @TempDir
    Path directory;

    private static LogRecord line(String text, Instant at) {
        LogRecord record = new LogRecord(Level.INFO, text);
        record.setLoggerName(AccessLogFiles.LOGGER);
        record.setInstant(at);
        return record;
    }

    @Test
    void eachLineGoesToTheFileOfItsUtcDay() throws IOException {
        AccessLogFiles files = new AccessLogFiles(directory.resolve("access"));
        files.publish(line("GET /v1/me 200 1.3ms id=a", Instant.parse("2026-12-01T23:59:59Z")));
        files.publish(line("GET /v1/me 200 1.1ms id=b", Instant.parse("2026-12-02T00:00:01Z")));
        files.publish(line("DELETE /v1/me 202 9.0ms id=c", Instant.parse("2026-12-02T08:00:00Z")));
        files.close();

        assertThat(Files.readString(directory.resolve("access/access-2026-12-01.log"))).contains("id=a")
                .doesNotContain("id=b");
        assertThat(Files.readAllLines(directory.resolve("access/access-2026-12-02.log"))).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("DELETE /v1/me 202"));
    }

    @Test
    void theRetentionDeletesTheFilesOfDaysBeforeTheCutoffOnly() throws IOException {
        for (String name : new String[]{"access-2026-10-31.log", "access-2026-11-01.log", "access-2026-11-02.log",
                "notes.txt", "access-yesterday.log"}) {
            Files.writeString(directory.resolve(name), "x");
        }
        AccessLogExpiry expiry = new AccessLogExpiry(directory);

        assertThat(expiry.deleteExpired(Instant.parse("2026-11-02T10:00:00Z"), 1)).isOne();
        assertThat(expiry.deleteExpired(Instant.parse("2026-11-02T10:00:00Z"), 10)).isOne();
        assertThat(expiry.deleteExpired(Instant.parse("2026-11-02T10:00:00Z"), 10)).isZero();

        try (var left = Files.list(directory)) {
            assertThat(left.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("access-2026-11-02.log", "notes.txt", "access-yesterday.log");
        }
        assertThat(new AccessLogExpiry(directory.resolve("missing")).deleteExpired(Instant.now(), 10)).isZero();
    }
}
