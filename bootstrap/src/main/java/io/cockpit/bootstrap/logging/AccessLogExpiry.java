package io.cockpit.bootstrap.logging;

import io.cockpit.application.port.out.register.ExpiringPersonalData;
import io.cockpit.domain.register.RegisterPersonalData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The access log files as the retention job sees them: a file whose whole day lies before the cutoff is deleted.
 * Files not named {@code access-<date>.log} are not the access log's and stay.
 */
public final class AccessLogExpiry implements ExpiringPersonalData {

    private final Path directory;

    public AccessLogExpiry(Path directory) {
        this.directory = directory;
    }

    @Override
    public String category() {
        return RegisterPersonalData.ACCESS_LOG.id();
    }

    @Override
    public int deleteExpired(Instant cutoff, int limit) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        LocalDate cutoffDay = LocalDate.ofInstant(cutoff, ZoneOffset.UTC);
        List<Path> due;
        try (Stream<Path> files = Files.list(directory)) {
            due = files.filter(file -> day(file).filter(day -> day.isBefore(cutoffDay)).isPresent())
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .limit(limit)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the access log directory " + directory, e);
        }
        int deleted = 0;
        for (Path file : due) {
            try {
                deleted += Files.deleteIfExists(file) ? 1 : 0;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + file.getFileName() + " from the access log", e);
            }
        }
        return deleted;
    }

    /** The day of an access log file, from its name. */
    static Optional<LocalDate> day(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith("access-") || !name.endsWith(".log")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(name.substring("access-".length(), name.length() - ".log".length())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
